// LearningCommunity: what Liaison's numbers mean for a learning community.
//
// Groupings of nodes (an attribute, initiative membership, detected communities), cross-pollination between
// groups, the diffusion of practices, and the roles people and funders play, each with its evidence.
// The graph algorithms underneath live in GraphAlgorithms and know nothing of this vocabulary.
