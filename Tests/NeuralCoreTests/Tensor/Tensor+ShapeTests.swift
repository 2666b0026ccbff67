import NeuralCore
import Testing

// Expected values from numpy 2.4, with x = np.arange(24.).reshape(2, 3, 4):
//   np.transpose(x, (1, 0, 2)).ravel(); x.T.ravel()[:8]
//   np.pad(np.array([[1., 2], [3, 4]]), ((1, 0), (0, 2)), constant_values=9)
//   np.stack([[1., 2], [3., 4]], axis=1); np.concatenate([np.arange(4.).reshape(2, 2), np.arange(2.).reshape(2, 1)], axis=1)
@Suite struct TensorShapeTests {
  let x = Tensor(shape: [2, 3, 4], scalars: (0..<24).map(Double.init))

  @Test func transposeReversesAxes() {
    let m = Tensor([[1, 2, 3], [4, 5, 6]])
    #expect(m.transposed() == Tensor([[1, 4], [2, 5], [3, 6]]))
    #expect(x.transposed().shape == [4, 3, 2])
    #expect(x.transposed().scalars.prefix(8) == [0, 12, 4, 16, 8, 20, 1, 13])
    #expect(Tensor([1, 2]).transposed() == Tensor([1, 2]))
    let big = Tensor(shape: [37, 70], scalars: (0..<2590).map(Double.init))
    #expect(big.transposed().transposed() == big)
    #expect(big.transposed()[69, 36] == big[36, 69])
  }

  @Test func permuteMovesAxes() {
    let p = x.permuted([1, 0, 2])
    #expect(p.shape == [3, 2, 4])
    #expect(p.scalars == [0, 1, 2, 3, 12, 13, 14, 15, 4, 5, 6, 7, 16, 17, 18, 19, 8, 9, 10, 11, 20, 21, 22, 23])
    #expect(x.permuted([0, 1, -1]) == x)
  }

  @Test func concatenateAlongEitherAxis() throws {
    let a = Tensor([[0, 1], [2, 3]])
    let b = Tensor([[0], [1]])
    #expect(try Tensor.concatenated([a, b], alongAxis: 1) == Tensor([[0, 1, 0], [2, 3, 1]]))
    #expect(try Tensor.concatenated([a, Tensor([[7, 8]])]) == Tensor([[0, 1], [2, 3], [7, 8]]))
    #expect(try Tensor.concatenated([a, b], alongAxis: -1).shape == [2, 3])
  }

  @Test(arguments: [
    ([[2, 3], [2, 4]], 0,
     "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 3 and the array at index 1 has size 4"),
    ([[2, 3], [3]], 0,
     "all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1 dimension(s)"),
    ([[2, 3]], 2, "axis 2 is out of bounds for array of dimension 2"),
    ([], 0, "need at least one array to concatenate"),
  ])
  func concatenateRejectsMismatchInNumpysWords(shapes: [[Int]], axis: Int, message: String) {
    #expect(throws: ShapeError.mismatch(message)) {
      try Tensor.concatenated(shapes.map { Tensor(zeros: $0) }, alongAxis: axis)
    }
  }

  @Test func stackAddsAnAxis() throws {
    let s = try Tensor.stacked([Tensor([1, 2]), Tensor([3, 4])], alongAxis: 1)
    #expect(s == Tensor([[1, 3], [2, 4]]))
    #expect(try Tensor.stacked([Tensor([1, 2]), Tensor([3, 4])]) == Tensor([[1, 2], [3, 4]]))
    #expect(throws: ShapeError.mismatch("all input arrays must have the same shape")) {
      try Tensor.stacked([Tensor([1, 2]), Tensor([3])])
    }
  }

  @Test func sliceGatherAndRows() {
    let m = Tensor([[1, 2, 3], [4, 5, 6]])
    #expect(m.sliced(alongAxis: 1, range: 1 ..< 3) == Tensor([[2, 3], [5, 6]]))
    #expect(m.sliced(alongAxis: 0, range: 1 ..< 1).shape == [0, 3])
    #expect(m.gathered([2, 0, -1], alongAxis: 1) == Tensor([[3, 1, 3], [6, 4, 6]]))
    #expect(m[row: 1] == Tensor([4, 5, 6]))
    #expect(m[row: -2] == Tensor([1, 2, 3]))
    var w = m
    w[row: 0] = Tensor([7, 8, 9])
    w[row: 1] = Tensor(0)
    #expect(w == Tensor([[7, 8, 9], [0, 0, 0]]))
  }

  @Test func padSurroundsWithValue() {
    let p = Tensor([[1, 2], [3, 4]]).padded([(1, 0), (0, 2)], value: 9)
    #expect(p == Tensor([[9, 9, 9, 9], [1, 2, 9, 9], [3, 4, 9, 9]]))
    let image = Tensor(shape: [1, 2, 2, 1], repeating: 1).padded([(0, 0), (1, 1), (1, 1), (0, 0)])
    #expect(image.shape == [1, 4, 4, 1])
    #expect(image.sum() == 4 && image[0, 0, 0, 0] == 0 && image[0, 1, 1, 0] == 1)
  }

  @Test func squeezeAndExpand() {
    #expect(Tensor(zeros: [2, 1, 3, 1]).squeezed().shape == [2, 3])
    #expect(Tensor(zeros: [1]).squeezed().shape == [])
    #expect(x.expandingDimension(at: 0).shape == [1, 2, 3, 4])
    #expect(x.expandingDimension(at: -1).shape == [2, 3, 4, 1])
    #expect(x.expandingDimension(at: 3).shape == [2, 3, 4, 1])
  }
}
