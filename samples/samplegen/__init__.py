"""Generator of tp-intake's bundled samples (documents, emails, fax spool, bad inputs)."""
