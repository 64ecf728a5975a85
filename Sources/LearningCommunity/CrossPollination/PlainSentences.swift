import Foundation
import OutputEscaping
import GraphAlgorithms

/// The network-level findings as sentences a program officer reads without training, each with its number
/// beside it: how open the groups are (the E-I permutation test) and how clustered the network is
/// (modularity).
public enum PlainSentences {
    /// A p-value as a reader meets it: "p ≤ 0.0002" at the permutation test's floor, else "p = 0.03".
    static func pValue(_ p: Double, permutations: Int) -> String {
        let floor = 1 / Double(permutations + 1)
        if p <= floor * 1.000001 { return "p ≤ \(short(floor))" }
        return "p = \(short(p))"
    }

    /// Two significant digits, no exponent for readable values.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if value == 0 { return "0" }
        if abs(value) >= 1e9 || abs(value) < 1e-9 { return String(format: "%.2g", value) }
        let magnitude = Int(log10(abs(value)).rounded(.down))
        let decimals = max(0, 1 - magnitude)
        let scale = pow(10, Double(decimals))
        let rounded = (value * scale).rounded() / scale
        guard decimals > 0 else { return String(Int(rounded)) }
        return DecimalText.fixed(rounded, decimals: decimals, trimmingZeros: true)
    }

    /// The E-I permutation test in a sentence: "Cities keep their ties inside far more than chance would:
    /// E-I index −0.26 where shuffling the cities gives 0.67 (p ≤ 0.0002, 5000 permutations)."
    /// - Parameter groupNoun: what a group is (city, sector); its plural names the groups.
    public static func openness(_ test: EIPermutationTest, groupNoun: String, significance: Double = 0.05) -> String {
        let groups = PlainWords.plural(groupNoun.isEmpty ? "group" : groupNoun.lowercased())
        let Groups = groups.prefix(1).uppercased() + groups.dropFirst()
        guard test.observed.isFinite, test.meanPermuted.isFinite else {
            return "\(Groups): openness not testable (no tie joins two grouped nodes)."
        }
        let figures = "E-I index \(short(test.observed)) where shuffling the \(groups) gives \(short(test.meanPermuted))"
        let difference = abs(test.observed - test.meanPermuted)
        let strength = difference >= 0.5 ? "far more" : "more"
        if test.pLessOrEqual <= significance {
            return "\(Groups) keep their ties inside \(strength) than chance would: \(figures) "
                + "(\(pValue(test.pLessOrEqual, permutations: test.permutations)), \(test.permutations) permutations)."
        }
        if test.pGreaterOrEqual <= significance {
            return "\(Groups) reach across to one another \(strength) than chance would: \(figures) "
                + "(\(pValue(test.pGreaterOrEqual, permutations: test.permutations)), \(test.permutations) permutations)."
        }
        return "\(Groups) mix about as chance would: \(figures) (no difference at the 5% level, "
            + "\(pValue(min(test.pLessOrEqual, test.pGreaterOrEqual), permutations: test.permutations)))."
    }

    /// Modularity in a sentence. Values of about 0.3 and above are commonly read as marked community
    /// structure (Newman & Girvan 2004, doi:10.1103/PhysRevE.69.026113).
    public static func clustering(modularity: Double, communities: Int) -> String {
        guard modularity.isFinite else { return "Communities: not testable (no ties)." }
        let q = short(modularity)
        if modularity >= 0.3 {
            return "The network falls into \(communities) clear communities: far more of the ties lie inside them "
                + "than chance would put there (modularity \(q); 0.3 and above is commonly read as marked structure)."
        }
        if modularity > 0.1 {
            return "The network has \(communities) loose communities: somewhat more ties lie inside them than chance "
                + "would put there (modularity \(q), below the 0.3 commonly read as marked structure)."
        }
        return "The network has no marked communities: ties fall inside the \(communities) found about as often as "
            + "chance would put them (modularity \(q))."
    }
}
