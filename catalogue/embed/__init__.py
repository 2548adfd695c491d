"""Lists for municipal and school websites: the office configures them, `/einbetten/…` shows them in an iframe."""
