import Testing

@testable import MiniPython

/// The vector loops of `+ - * /`: every length around the vector width, in place (the output is
/// an input) and into a new array, with a scalar on either side, against the same operations
/// element by element.
@Suite struct BinaryOperationTests {
  static func values(_ count: Int, _ seed: Double) -> [Double] {
    (0..<count).map { i in
      let k = Double((i * 29) % 17) - 8
      return k * seed + 1 / Double(i + 2)
    }
  }

  static var operations: [(BinaryOperation, (Double, Double) -> Double)] {
    [
      (.add, { $0 + $1 }), (.subtract, { $0 - $1 }), (.multiply, { $0 * $1 }), (.divide, { $0 / $1 }),
    ]
  }

  @Test func inPlaceUpdatesGiveEachElementsOwnResultAtEveryLength() throws {
    for (op, f) in Self.operations {
      for count in 0...19 {
        let (x, y) = (Self.values(count, 0.37), Self.values(count, -1.3))
        let target = NDArray(shape: [count], scalars: x)
        try target.applyInPlace(op, NDArray(shape: [count], scalars: y))
        #expect(target.scalars == zip(x, y).map(f), "\(op) in place over \(count)")
        let scaled = NDArray(shape: [count], scalars: x)
        try scaled.applyInPlace(op, scalar: 0.75, scalarType: .float64)
        #expect(scaled.scalars == x.map { f($0, 0.75) }, "\(op) 0.75 in place over \(count)")
      }
    }
  }

  @Test func newArraysWithAScalarOnEitherSideMatchElementByElement() throws {
    for (op, f) in Self.operations {
      for count in [1, 7, 8, 9, 16, 17] {
        let x = Self.values(count, 2.1)
        let a = NDArray(shape: [count], scalars: x)
        #expect(try NDArray.binary(op, a, scalar: 3, scalarType: .int64).scalars == x.map { f($0, 3) })
        #expect(try NDArray.binary(op, a, scalar: 3, scalarType: .int64, scalarFirst: true).scalars == x.map { f(3, $0) })
        #expect(try NDArray.binary(op, a, a).scalars == x.map { f($0, $0) })
      }
    }
  }

  @Test func anArrayUpdatedWithItselfReadsItsOldValues() throws {
    let a = NDArray(shape: [2, 9], scalars: Self.values(18, 0.5))
    let old = a.scalars
    try a.applyInPlace(.add, a)
    #expect(a.scalars == old.map { $0 + $0 })
  }
}
