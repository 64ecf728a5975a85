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
}
