import Foundation

/// Expectations and standard deviations of the Gould–Fernandez brokerage counts when the graph is
/// a Bernoulli digraph of density `d` and the group sizes are fixed, as R `sna::brokerage` reports
/// them.
///
/// A given open two-path `a → v → c` (arcs `a→v`, `v→c` present, `a→c` absent) occurs with
/// probability `π = d²(1 − d)`. A count that sums `K` such indicators has mean `Kπ` and variance
/// `Kπ(1 − π) + S_arc · d³(1 − d)³ + S_hole · d⁵(1 − d) − S_clash · π²`, where `S_arc` counts
/// ordered pairs of distinct two-paths that share a present arc (covariance `d³(1 − d)³`),
/// `S_hole` pairs that share the absent arc (`d⁵(1 − d)`) and `S_clash` pairs where one needs an
/// arc the other needs absent (`−π²`).
///
/// *Per broker* (`exp.nli`, `sd.nli`): the two-paths through one broker can only share a first or
/// a last arc, so `S_hole = S_clash = 0` and the moments are exact; they depend only on the
/// broker's group size `n`, the order `N` and the other groups' sizes.
///
/// *Network* (`exp.gli`, `sd.gli`): the mean is the sum of the broker means. The variance uses
/// the exact `K`, `S_arc` and `S_hole` of every role; for `S_clash`, sna's values (established
/// against `sna` 2.7-1 on many partitions) are: coordinator and total, the pairs that clash on
/// exactly one arc (`4 Σ n(n−1)(n−2)(n−3)`, resp. `4 N(N−1)(N−2)(N−3)`); itinerant,
/// representative and gatekeeper, none (for the last two this omits real negative covariances,
/// so their variance is slightly larger than the exact one); liaison, `S_arc`. Reproduced as is, so
/// that Liaison's z-scores are sna's.
///
/// The liaison's clash term is negative; should a variance ever come out below zero the standard
/// deviation is NaN, as R's `sqrt` gives in sna (not seen on any graph tried).
///
/// Counts are kept in `Double`: exact up to 2⁵³, far beyond any graph these functions see.
///
/// Reference: R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to
/// brokerage in transaction networks", Sociological Methodology 19, 89–126 (1989),
/// doi:10.2307/270949.
struct BrokerageNullModel {
    /// Probability of one open two-path, `d²(1 − d)`.
    let pathProbability: Double
    /// Covariance of two two-paths sharing a present arc, `d³(1 − d)³`.
    let sharedArcCovariance: Double
    /// Covariance of two two-paths sharing the absent arc, `d⁵(1 − d)`.
    let sharedHoleCovariance: Double
    let nodeCount: Double
    let groupSizes: [Double]
    /// `Σ_g n_g^k` for k = 2, 3.
    private let sizeSquares: Double, sizeCubes: Double

    init(density d: Double, nodeCount: Int, groupSizes: [Int]) {
        pathProbability = d * d * (1 - d)
        sharedArcCovariance = d * d * d * (1 - d) * (1 - d) * (1 - d)
        sharedHoleCovariance = d * d * d * d * d * (1 - d)
        self.nodeCount = Double(nodeCount)
        self.groupSizes = groupSizes.map(Double.init)
        sizeSquares = self.groupSizes.reduce(0) { $0 + $1 * $1 }
        sizeCubes = self.groupSizes.reduce(0) { $0 + $1 * $1 * $1 }
    }

    /// Mean and standard deviation of each count for one broker in a group of `size` members.
    /// - Complexity: O(1).
    func broker(groupSize size: Int) -> (expected: BrokerageScores, sd: BrokerageScores) {
        let n = Double(size), total = nodeCount
        let others = total - n
        let otherSquares = sizeSquares - n * n, otherCubes = sizeCubes - n * n * n
        let own = n - 1
        // Pairs (a, c) per role, and ordered pairs of them sharing a first or a last arc.
        var pairs = BrokerageScores(repeating: 0), sharing = BrokerageScores(repeating: 0)
        pairs.coordinator = own * (own - 1)
        sharing.coordinator = 2 * own * (own - 1) * (own - 2)
        pairs.itinerant = otherSquares - others
        sharing.itinerant = 2 * (otherCubes - 3 * otherSquares + 2 * others)
        pairs.representative = own * others
        sharing.representative = own * others * (others - 1) + others * own * (own - 1)
        pairs.gatekeeper = pairs.representative
        sharing.gatekeeper = sharing.representative
        pairs.liaison = others * others - otherSquares
        sharing.liaison = 2 * (others * others * others - 2 * others * otherSquares + otherCubes
            - others * others + otherSquares)
        pairs.total = (total - 1) * (total - 2)
        sharing.total = 2 * (total - 1) * (total - 2) * (total - 3)
        let none = BrokerageScores(repeating: 0)
        return moments(pairs: pairs, sharedArcs: sharing, sharedHoles: none, clashes: none)
    }

    /// Mean and standard deviation of each count summed over all brokers.
    /// - Complexity: O(g + D²) for g groups with D distinct sizes.
    func network() -> (expected: BrokerageScores, sd: BrokerageScores) {
        let total = nodeCount
        var pairs = BrokerageScores(repeating: 0)
        var sharedArcs = BrokerageScores(repeating: 0), sharedHoles = BrokerageScores(repeating: 0)
        for n in groupSizes where n > 0 {
            let ordered = n * (n - 1), outside = total - n
            pairs.coordinator += ordered * (n - 2)
            pairs.itinerant += n * (sizeSquares - n * n - outside)
            pairs.representative += n * (n - 1) * outside
            pairs.liaison += n * (outside * outside - (sizeSquares - n * n))
            // Arcs inside group g: n(n − 1) of them.
            sharedArcs.coordinator += ordered * 2 * (n - 2) * (2 * n - 5)
            sharedHoles.coordinator += ordered * (n - 2) * (n - 3)
            sharedHoles.itinerant += ordered * outside * (outside - 1)
            sharedArcs.representative += ordered * outside * (outside - 1)
            sharedHoles.representative += ordered * (n - 2) * outside
        }
        pairs.gatekeeper = pairs.representative
        pairs.total = total * (total - 1) * (total - 2)
        // Arcs between two groups X ≠ Y: n_X n_Y of them.
        sharedArcs.itinerant = crossGroupSum { x, y in
            let k = x + y - 2
            return k * (k - 1)
        }
        sharedArcs.representative += sharedHoles.representative
        sharedArcs.gatekeeper = sharedArcs.representative
        sharedHoles.gatekeeper = sharedHoles.representative
        sharedArcs.liaison = crossGroupSum { x, y in
            let h = total - x - y
            return 2 * h * (2 * h - 1)
        }
        sharedHoles.liaison = crossGroupSum { x, y in
            let h = total - x - y
            return h * (h - 1)
        }
        sharedArcs.total = total * (total - 1) * 2 * (total - 2) * (2 * total - 5)
        sharedHoles.total = total * (total - 1) * (total - 2) * (total - 3)
        var clashes = BrokerageScores(repeating: 0)
        clashes.coordinator = 4 * sharedHoles.coordinator
        clashes.total = 4 * sharedHoles.total
        clashes.liaison = sharedArcs.liaison
        return moments(pairs: pairs, sharedArcs: sharedArcs, sharedHoles: sharedHoles, clashes: clashes)
    }

    /// `Σ_{X ≠ Y} n_X n_Y f(n_X, n_Y)` over ordered pairs of distinct groups, grouped by size.
    private func crossGroupSum(_ f: (Double, Double) -> Double) -> Double {
        var multiplicity: [Double: Double] = [:]
        for n in groupSizes where n > 0 { multiplicity[n, default: 0] += 1 }
        let sizes = multiplicity.keys.sorted()
        var sum = 0.0
        for x in sizes {
            let cx = multiplicity[x] ?? 0
            for y in sizes {
                let cy = multiplicity[y] ?? 0
                let groupPairs = x == y ? cx * (cx - 1) : cx * cy
                sum += groupPairs * x * y * f(x, y)
            }
        }
        return sum
    }

    private func moments(
        pairs: BrokerageScores, sharedArcs: BrokerageScores, sharedHoles: BrokerageScores, clashes: BrokerageScores
    ) -> (expected: BrokerageScores, sd: BrokerageScores) {
        let p = pathProbability
        var expected = BrokerageScores(repeating: 0), sd = BrokerageScores(repeating: 0)
        for role in BrokerageRole.allCases {
            expected[role] = pairs[role] * p
            let variance = pairs[role] * p * (1 - p) + sharedArcs[role] * sharedArcCovariance
                + sharedHoles[role] * sharedHoleCovariance - clashes[role] * p * p
            sd[role] = variance.squareRoot()
        }
        return (expected, sd)
    }
}
