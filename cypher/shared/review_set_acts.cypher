// Review: set properties of acts of one type ({{rel_type}} from the schema); a null
// value removes the property.
UNWIND $rows AS row
MATCH (:Actor {id: row.source})-[r:{{rel_type}} {id: row.id}]->(:Actor {id: row.target})
SET r += row.props
