"""Text → graph: small typed stages from files to a GraphBatch the store upserts."""
