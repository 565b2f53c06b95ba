"""Shared by both ends of the wire: vocabulary, rules, protocol, merge, client and server."""
