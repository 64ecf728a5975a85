/// A Graphviz layout program, run in process by name.
///
/// - `dot`: layered drawing for hierarchies and flows (Gansner et al. 1993, doi:10.1109/32.221135).
/// - `neato`: spring model by stress majorization (Gansner, Koren, North 2004, doi:10.1007/978-3-540-31843-9_25).
/// - `fdp`: force-directed placement with clusters (Fruchterman and Reingold 1991, doi:10.1002/spe.4380211102).
/// - `sfdp`: multilevel force-directed for large graphs (Hu 2005, doi:10.3888/tmj.10.3-7).
/// - `circo`: circular layout of biconnected components (Six and Tollis 1999, doi:10.1007/3-540-46648-7_21).
/// - `twopi`: radial layout around a root (Wills 1997, doi:10.1007/3-540-37623-2_22).
public enum LayoutEngine: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case dot
    case neato
    case fdp
    case sfdp
    case circo
    case twopi

    public var description: String { rawValue }
}
