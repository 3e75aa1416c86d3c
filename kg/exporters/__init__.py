"""Exports for other tools: Neo4j (neosemantics and neo4j-admin CSV) and Ontotext GraphDB."""
