import NeuralCore
import Testing

@Suite struct ArrayFillingTests {
  @Test func fillWritesEveryElement() {
    let squares = [Double](count: 5) { buffer in
      for i in buffer.indices { buffer[i] = Double(i * i) }
    }
    #expect(squares == [0, 1, 4, 9, 16])
    let sevens = [Int](count: 3) { $0.initialize(repeating: 7) }
    #expect(sevens == [7, 7, 7])
  }

  @Test func emptyArrayIsEmpty() {
    let empty = [Double](count: 0) { _ in }
    #expect(empty.isEmpty)
  }

  @Test func theArrayIsItsOwn() {
    let first = [Int](count: 2) { $0.initialize(repeating: 1) }
    var second = first
    second[0] = 5
    #expect(first == [1, 1])
    #expect(second == [5, 1])
  }

  struct Refused: Error, Equatable {}

  @Test func aThrowingFillThrows() {
    #expect(throws: Refused()) {
      _ = try [Double](count: 4) { (_: UnsafeMutableBufferPointer<Double>) throws(Refused) in throw Refused() }
    }
  }
}
