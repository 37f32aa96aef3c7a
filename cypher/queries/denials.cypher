// Denials and what they deny
//
// Each DENIED act (the denier rejects a claim made by, or an act ascribed to it by, the
// other actor) with the denial's sentence, next to the acts between the two that the
// denial answers: acts the other actor took against the denier, or acts of the denier
// that the other actor is credited with claiming.
MATCH (denier:Actor)-[d:DENIED]->(claimant:Actor)
OPTIONAL MATCH (denier)-[claim]-(other:Actor)
WHERE NOT type(claim) IN ['DENIED', 'MEMBER_OF', 'PART_OF']
  AND ((other.id = claimant.id AND startNode(claim).id = claimant.id)
       OR claimant.id IN coalesce(claim.asserted_by, []))
WITH denier, d, claimant,
     collect(type(claim) + ' ' + startNode(claim).name + ' → ' + endNode(claim).name) AS answers
RETURN denier.name AS denier, claimant.name AS claim_of, d.date AS date,
       d.best_sentence AS denial, answers
ORDER BY denier, claim_of
