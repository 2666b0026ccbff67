import NeuralCore
import TestSupport
import Testing

@Suite struct EmbeddingTests {
  let layer = Embedding(weight: Tensor([[0, 1], [2, 3], [4, 5]]))

  @Test func forwardLooksUpRows() {
    #expect(
      layer.forward(Tensor([[2, 0], [1, 1]])).output
        == Tensor(shape: [2, 2, 2], scalars: [4, 5, 0, 1, 2, 3, 2, 3]))
  }

  @Test func backwardAddsRowsUsedTwice() {
    let g = layer.backward(
      Tensor([[1, 1], [10, 20], [100, 200]]), cache: layer.forward(Tensor([1, 2, 1])).cache)
    #expect(g.parameters["weight"] == Tensor([[0, 0], [101, 201], [10, 20]]))
    #expect(g.input == Tensor(zeros: [3]))
  }

  @Test func backwardMatchesNumericalGradient() {
    var random = RandomState(seed: 3)
    let table = Embedding(
      vocabularySize: 5, dimension: 3, initializer: .scaledNormal(scale: 1), using: &random)
    expectGradientMatchesNumerical(layer: table, input: Tensor([[4, 0, 4], [1, 2, 3]]))
  }

  @Test func validationNamesABadIndex() throws {
    #expect(
      throws: ShapeError.mismatch(
        "Embedding(vocabularySize: 3, dimension: 2) got index 3.0, which is not in 0..<3")
    ) {
      try layer.validate(indices: Tensor([0, 3]))
    }
    #expect(
      throws: ShapeError.mismatch(
        "Embedding(vocabularySize: 3, dimension: 2) got index 1.5, which is not in 0..<3")
    ) {
      try layer.validate(indices: Tensor([1.5]))
    }
    #expect(try layer.outputShape(forInputShape: [4, 7]) == [4, 7, 2])
  }

  @Test func description() {
    #expect(layer.description == "Embedding(vocabularySize: 3, dimension: 2)")
  }
}
