import Testing

@testable import MiniPython

/// `NDArray.elements`, the read address kept with the owner's buffer: operations read through it,
/// so it must follow every change of the buffer, including the copy a write makes when the
/// elements are shared with another value.
@Suite struct NDArrayStorageTests {
  @Test func aWriteToSharedElementsCopiesThemAndReadsFollowTheCopy() throws {
    let a = NDArray(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
    let shared = a.scalars  // the same elements, held by another value
    let row = try #require(try a.basicView(CollectionOfOne(PyValue.int(1))))
    try a.applyInPlace(.multiply, scalar: 10, scalarType: .float64)  // copies: the elements are shared
    #expect(shared == [1, 2, 3, 4, 5, 6])
    #expect(a.first == 10)
    #expect(try NDArray.binary(.add, a, scalar: 1, scalarType: .float64).scalars == [11, 21, 31, 41, 51, 61])
    #expect(try row.apply(.negative).scalars == [-40, -50, -60])
    #expect(row.readAddress == a.readAddress + 3)
  }

  @Test func aNewBufferMovesTheReadAddress() throws {
    let a = NDArray(shape: [3], scalars: [1, 2, 3])
    a.buffer = [7, 8, 9]
    #expect(a.first == 7)
    #expect(try NDArray.binary(.add, a, a).scalars == [14, 16, 18])
  }

  @Test func emptyArraysAreNeverRead() throws {
    let empty = NDArray(shape: [0, 3], scalars: [])
    #expect(try NDArray.binary(.add, empty, empty).count == 0)
    #expect(try empty.apply(.exp).shape == [0, 3])
  }
}
