// Review: set properties of actors; a null value removes the property.
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a += row.props
