"""Settings, schema, Cypher templates and errors shared by the service, CLI and loaders."""
