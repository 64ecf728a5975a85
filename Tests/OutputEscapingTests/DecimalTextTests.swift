import Foundation
import OutputEscaping
import Testing

@Suite struct DecimalTextTests {
    @Test func roundsHalfAwayFromZeroAndKeepsZeros() {
        #expect(DecimalText.fixed(0.78125, decimals: 4) == "0.7813")
        #expect(DecimalText.fixed(-0.78125, decimals: 4) == "-0.7813")
        #expect(DecimalText.fixed(2.5, decimals: 3) == "2.500")
        #expect(DecimalText.fixed(2.5, decimals: 0) == "3")
        #expect(DecimalText.fixed(0.05, decimals: 1) == "0.1")
        #expect(DecimalText.fixed(12.0, decimals: 2) == "12.00")
    }

    @Test func trimsZerosWhenAsked() {
        #expect(DecimalText.fixed(2.5, decimals: 3, trimmingZeros: true) == "2.5")
        #expect(DecimalText.fixed(2, decimals: 3, trimmingZeros: true) == "2")
        #expect(DecimalText.fixed(0.125, decimals: 3, trimmingZeros: true) == "0.125")
        #expect(DecimalText.fixed(-3.1, decimals: 3, trimmingZeros: true) == "-3.1")
    }

    @Test func noNegativeZero() {
        #expect(DecimalText.fixed(-0.00001, decimals: 3) == "0.000")
        #expect(DecimalText.fixed(-0.00001, decimals: 3, trimmingZeros: true) == "0")
    }

    @Test func boundsRoundAwayFromWhatTheyClaim() {
        #expect(DecimalText.bound(0.01000010000100001, rounding: .up) == "0.01001")
        #expect(DecimalText.bound(0.24000120000600003, rounding: .up) == "0.2401")
        #expect(DecimalText.bound(6000.0, rounding: .up) == "6000")
        #expect(DecimalText.bound(123_456.7, rounding: .up) == "123457")
        #expect(DecimalText.bound(0.123456, rounding: .up) == "0.1235")
        #expect(DecimalText.bound(0.123456, rounding: .down) == "0.1234")
        #expect(DecimalText.bound(1 - 0.1, rounding: .down) == "0.9")
        #expect(DecimalText.bound(0.95, rounding: .down) == "0.95")
        // 0.01 × 10⁴ is 100.00000000000001 in binary; that is noise, not a reason to print 0.01001.
        #expect(DecimalText.bound(0.01, rounding: .up) == "0.01")
        #expect(DecimalText.bound(0, rounding: .up) == "0")
    }

    @Test func anUpperBoundIsNeverBelowTheValue() throws {
        var state: UInt64 = 12345
        for _ in 0 ..< 2000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let value = Double(state >> 11) / Double(1 << 53) * pow(10, Double(Int(state % 13)) - 6)
            guard value > 0 else { continue }
            let up = try #require(Double(DecimalText.bound(value, rounding: .up)))
            let down = try #require(Double(DecimalText.bound(value, rounding: .down)))
            #expect(up >= value * (1 - 1e-12) && down <= value * (1 + 1e-12), "\(value)")
            #expect(up - down <= value * 2e-3, "\(value)")
        }
    }
}
