import NeuralCore
import TestSupport
import Testing

@Suite struct GradientClippingTests {
  let gradients = ["a": Tensor([3, -4]), "b": Tensor([0.5, -12, .nan])]

  @Test func byValueClampsEveryElement() {
    let clipped = GradientClipping.byValue(5).clipped(gradients)
    #expect(clipped["a"] == Tensor([3, -4]))
    #expect(clipped["b"]!.scalars[0...1] == [0.5, -5])
    #expect(clipped["b"]!.scalars[2].isNaN)
  }

  @Test func byNormShortensEachTensorOnItsOwn() {
    let clipped = GradientClipping.byNorm(1).clipped([
      "a": Tensor([3, -4]), "c": Tensor([0.6, 0]),
    ])
    expectClose(clipped["a"]!, Tensor([0.6, -0.8]))
    #expect(clipped["c"] == Tensor([0.6, 0]))
  }

  @Test func byGlobalNormScalesAllTensorsTogether() {
    // ‖G‖ = √(3² + 4² + 12²) = 13.
    let clipped = GradientClipping.byGlobalNorm(6.5).clipped([
      "a": Tensor([3, -4]), "b": Tensor([12]),
    ])
    expectClose(clipped["a"]!, Tensor([1.5, -2]))
    expectClose(clipped["b"]!, Tensor([6]))
    #expect(GradientClipping.byGlobalNorm(13).clipped(["b": Tensor([12])]) == ["b": Tensor([12])])
  }

  @Test func descriptionSaysWhatIsClipped() {
    #expect(GradientClipping.byValue(5).description == "clip each element to [-5.0, 5.0]")
  }
}
