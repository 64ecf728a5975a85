/// Office Open XML's escape for characters XML cannot hold: `_xHHHH_` stands for the UTF-16 code
/// unit HHHH (`_x000D_` a carriage return, `_x0001_` a control character), and `_x005F_` for an
/// underscore that would otherwise start such an escape (ECMA-376 Part 1, §22.9.2.19 ST_Xstring).
enum OOXMLText {
    /// `text` with every `_xHHHH_` escape replaced by the character it stands for.
    static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if units[index] == 0x5F, index + 6 < units.count, units[index + 1] == 0x78, units[index + 6] == 0x5F,
                let value = hexValue(units[(index + 2)...(index + 5)])
            {
                output.append(value)
                index += 7
            } else {
                output.append(units[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF16.self)
    }

    /// `text` ready for an XML text node or attribute: markup characters as entities, control
    /// characters XML 1.0 forbids as `_xHHHH_`, and underscores that would read as an escape as `_x005F_`.
    static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        let units = Array(text.utf16)
        var index = 0
        for scalar in text.unicodeScalars {
            let width = scalar.utf16.count
            defer { index += width }
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "_":
                let looksEscaped = index + 6 < units.count && units[index + 1] == 0x78 && units[index + 6] == 0x5F
                    && hexValue(units[(index + 2)...(index + 5)]) != nil
                output += looksEscaped ? "_x005F_" : "_"
            default:
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" || scalar.value == 0xFFFE
                    || scalar.value == 0xFFFF
                {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    private static func hexValue(_ digits: ArraySlice<UInt16>) -> UInt16? {
        var value: UInt16 = 0
        for unit in digits {
            let digit: UInt16
            switch unit {
            case 0x30...0x39: digit = unit - 0x30
            case 0x41...0x46: digit = unit - 0x41 + 10
            case 0x61...0x66: digit = unit - 0x61 + 10
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
