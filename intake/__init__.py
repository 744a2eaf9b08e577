"""tp-intake: the claims-mailbox and fax-gateway worker of a tiers-payant operator."""

__version__ = "0.1.0"
