import Testing

@testable import NeuralCore

@Suite struct WorkspaceTests {
  static func buffers(_ capacities: [Int]) -> [Workspace.Buffer] {
    capacities.map { Workspace.Buffer(pointer: nil, capacity: $0) }
  }

  @Test func takesTheSmallestBufferThatFits() {
    var kept = Self.buffers([100, 400, 200, 300])
    #expect(Workspace.take(150, from: &kept)?.capacity == 200)
    #expect(kept.map(\.capacity) == [100, 400, 300])
    #expect(Workspace.take(100, from: &kept)?.capacity == 100)
  }

  @Test func takesTheLargestWhenNoneFits() {
    var kept = Self.buffers([100, 400, 200])
    #expect(Workspace.take(500, from: &kept)?.capacity == 400)
    #expect(kept.map(\.capacity) == [100, 200])
    var none: [Workspace.Buffer] = []
    #expect(Workspace.take(1, from: &none) == nil)
  }

  @Test func nestedBuffersAreDistinctAndReused() {
    let (outer, inner) = Workspace.withBuffer(bytes: 4096) { a in
      Workspace.withBuffer(bytes: 4096) { b in (Int(bitPattern: a), Int(bitPattern: b)) }
    }
    #expect(outer != inner)
    #expect(outer % 64 == 0 && inner % 64 == 0)
  }
}
