/// The objective's gain terms on one level: moving node `v` into community `C` (with `v` taken
/// out of its own first) changes the quality by `w(v, C) − scale · nodeWeight[v] · W_C`, where
/// `w(v, C)` is the tie weight between `v` and `C` and `W_C` the total node weight of `C`.
///
/// Modularity: node weight = strength, `scale = γ / 2m` (the change in `Q` times `m`).
/// CPM: node weight = the number of input nodes, `scale = γ`.
struct GainTerms {
    let nodeWeight: [Double]
    let scale: Double

    init(_ graph: LevelGraph, objective: CommunityDetection.Objective, resolution: Double, totalStrength: Double) {
        switch objective {
        case .modularity:
            nodeWeight = graph.strength
            scale = totalStrength > 0 ? resolution / totalStrength : 0
        case .cpm:
            nodeWeight = graph.size
            scale = resolution
        }
    }
}
