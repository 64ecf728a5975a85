import NetworkModel

/// Reading the typed values of a tie row (weight, direction, dates) from a
/// field's text, with the one-sentence message and fix for each way it can fail.
enum FieldValueParsing {
    /// Why a field's text is not a valid value: the message and the fix.
    struct Problem: Error {
        var message: String
        var fix: String
    }

    private static let weightFix = "use a strength of 0 or more, or leave it empty for 1"

    /// A tie strength: a finite number of 0 or more; empty means 1. A decimal comma
    /// (`0,5`) is accepted when `allowsDecimalComma` (files separated by semicolons or tabs).
    static func weight(_ text: String, allowsDecimalComma: Bool) -> Result<Double, Problem> {
        if text.isEmpty { return .success(1) }
        var parsed = Double(text)
        if parsed == nil, allowsDecimalComma, text.utf8.filter({ $0 == UInt8(ascii: ",") }).count == 1,
            !text.contains(".")
        {
            parsed = Double(text.replacingComma())
        }
        guard let value = parsed, isPlainNumber(text) else {
            return .failure(Problem(message: "weight \"\(text)\" is not a number", fix: "use a number such as 1 or 0.5, or leave it empty for 1"))
        }
        if value.isNaN {
            return .failure(Problem(message: "weight \"\(text)\" is not a number (NaN)", fix: weightFix))
        }
        if value.isInfinite {
            let lowered = text.lowercased()
            let named = lowered.hasSuffix("inf") || lowered.hasSuffix("infinity")
            return .failure(Problem(
                message: named ? "weight \"\(text)\" is infinite" : "weight \"\(text)\" is too large for a computer number (above 1.8e308)",
                fix: named ? weightFix : "rescale the weights, e.g. divide them all by a power of ten"))
        }
        if value < 0 {
            return .failure(Problem(message: "weight \"\(text)\" is negative", fix: weightFix))
        }
        if value < Double.leastNormalMagnitude, text.contains(where: { $0 >= "1" && $0 <= "9" }) {
            // 1e-400 reads as 0 and 1e-310 loses its digits: either would silently change the analysis.
            let mantissa = text.prefix { $0 != "e" && $0 != "E" }
            if mantissa.contains(where: { $0 >= "1" && $0 <= "9" }) {
                return .failure(Problem(
                    message: "weight \"\(text)\" is too small for a computer number (it would be read as \(value == 0 ? "0" : "a rounded value"))",
                    fix: "rescale the weights, e.g. multiply them all by a power of ten, or write 0 if it means no strength"))
            }
        }
        return .success(value == 0 ? 0 : value)
    }

    /// Whether the text is written as a decimal number (digits, sign, point or comma, exponent),
    /// or names NaN or infinity (reported separately); hexadecimal floats are refused.
    private static func isPlainNumber(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if ["nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"].contains(lowered) {
            return true
        }
        return text.utf8.allSatisfy { byte in
            (byte >= 48 && byte <= 57) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E")
        }
    }

    /// A direction word (see `TieDirection(word:)`).
    static func direction(_ text: String) -> Result<TieDirection, Problem> {
        if let direction = TieDirection(word: text) { return .success(direction) }
        return .failure(
            Problem(
                message: "direction \"\(text)\" is not a direction",
                fix: "use directed, undirected or mutual, or leave it empty for the kind's default"))
    }

    /// An ISO 8601 date (`2017`, `2017-03`, `2017-03-24`), or a date in `format` when one is given;
    /// `role` is "start" or "end".
    static func date(_ text: String, role: String, format: DateFormat? = nil) -> Result<PartialDate, Problem> {
        let impossible = Problem(
            message: "\(role) date \"\(text)\" is not a day of the calendar",
            fix: "correct the month or the day (months run 1 to 12, days to the month's length)")
        do {
            return .success(try PartialDate(iso: text))
        } catch .malformed {
            switch format?.date(text) {
            case .success(let date)?: return .success(date)
            case .failure?: return .failure(impossible)
            case nil:
                return .failure(
                    Problem(
                        message: format.map { "\(role) date \"\(text)\" is neither ISO 8601 nor \($0.pattern)" }
                            ?? "\(role) date \"\(text)\" is not an ISO 8601 date",
                        fix: "write it as 2017, 2017-03 or 2017-03-24"
                            + (format == nil ? ", or name the column's format with --date-format (e.g. M/d/yyyy)" : "")))
            }
        } catch {
            return .failure(impossible)
        }
    }
}

extension String {
    fileprivate func replacingComma() -> String {
        String(map { $0 == "," ? "." : $0 })
    }
}
