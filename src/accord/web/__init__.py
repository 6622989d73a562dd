"""`accord serve`: a read-only web dashboard over the same builders as the CLI (see
`accord.web.app`)."""
