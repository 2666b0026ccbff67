import NeuralCore
import TestSupport
import Testing

/// `y = x² · w` element-wise over `[N, D]` with `w` of shape `[D]`; `mistake` scales `dw` to fake a bug.
private struct SquareScale: Layer {
  var w: Tensor
  var mistake = 1.0
  var parameters: [String: Tensor] {
    get { ["weight": w] }
    set { w = newValue["weight"] ?? w }
  }
  func outputShape(forInputShape inputShape: [Int]) throws(ShapeError) -> [Int] { inputShape }
  func forward(_ x: Tensor) -> (output: Tensor, cache: Tensor) {
    let d = w.count
    let y = x.scalars.enumerated().map { i, v in v * v * w.scalars[i % d] }
    return (Tensor(shape: x.shape, scalars: y), x)
  }
  func backward(_ dy: Tensor, cache x: Tensor) -> LayerGradients {
    let d = w.count
    var dw = Array(repeating: 0.0, count: d)
    var dx = Array(repeating: 0.0, count: x.count)
    for i in 0..<x.count {
      dx[i] = 2 * x.scalars[i] * w.scalars[i % d] * dy.scalars[i]
      dw[i % d] += x.scalars[i] * x.scalars[i] * dy.scalars[i] * mistake
    }
    return LayerGradients(
      input: Tensor(shape: x.shape, scalars: dx), parameters: ["weight": Tensor(dw)])
  }
  var description: String { "SquareScale" }
}

@Suite struct GradientCheckReportTests {
  let x = Tensor([[0.5, -1.5, 2], [1, 0.25, -0.75]])

  @Test func correctBackwardIsGood() {
    let report = checkGradients(of: SquareScale(w: Tensor([1.5, -0.5, 2])), at: x)
    #expect(report.entries.map(\.name) == ["input", "weight"])
    #expect(report.verdict == .good)
    #expect(report["weight"]!.relativeError < 1e-9)
    expectGradientMatchesNumerical(layer: SquareScale(w: Tensor([1.5, -0.5, 2])), input: x)
  }

  @Test func wrongParameterGradientIsReportedByName() {
    let report = checkGradients(of: SquareScale(w: Tensor([1.5, -0.5, 2]), mistake: 1.1), at: x)
    #expect(report["input"]?.verdict == .good)
    // ‖1.1g − g‖ / (‖1.1g‖ + ‖g‖) = 0.1 / 2.1 exactly, whatever g is.
    expectClose(report["weight"]!.relativeError, 0.1 / 2.1, absolute: 1e-9)
    #expect(report["weight"]?.verdict == .wrong)
    #expect(report.verdict == .wrong)
  }

  @Test func testHelperFailsOnAWrongGradient() {
    withKnownIssue {
      expectGradientMatchesNumerical(
        layer: SquareScale(w: Tensor([1, 2, 3]), mistake: 1.001), input: x)
    }
  }

  @Test(arguments: [
    (0.0, GradientCheckReport.Verdict.good), (9.9e-8, .good), (1e-7, .acceptable),
    (5e-5, .acceptable),
    (1e-4, .suspicious), (9.9e-3, .suspicious), (1e-2, .wrong), (1, .wrong), (.infinity, .wrong),
  ])
  func bandsFollowCs231n(error: Double, verdict: GradientCheckReport.Verdict) {
    #expect(GradientCheckReport.Verdict(relativeError: error) == verdict)
  }

  @Test func descriptionIsATable() {
    let report = GradientCheckReport(
      names: ["input", "bias"],
      analytic: ["input": Tensor([1, 2]), "bias": Tensor([1])],
      numerical: ["input": Tensor([1, 2]), "bias": Tensor([1.0003])], step: 1e-5)
    #expect(
      report.description == """
        gradient check (centred differences, h = 1.0e-05)
          input  relative error 0.0e+00   max element-wise 0.0e+00   good
          bias   relative error 1.5e-04   max element-wise 1.5e-04   suspicious: likely a bug unless inputs sit on kinks
        """)
  }
}
