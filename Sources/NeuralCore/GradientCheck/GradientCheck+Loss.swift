/// Checks a loss's gradient against centred differences, as one entry named `"predicted"`.
///
/// - Throws: the loss's `ShapeError` when `predicted` and `expected` do not fit.
public func checkGradient<L: Loss>(
  of loss: L, predicted: Tensor, expected: Tensor, step: Double = 1e-5
) throws(ShapeError) -> GradientCheckReport {
  let analytic = try loss.evaluate(predicted: predicted, expected: expected).gradient
  let numerical = numericalGradient(at: predicted, step: step) { probe in
    // The shapes were accepted above and the probe keeps them, so this cannot throw.
    (try? loss.evaluate(predicted: probe, expected: expected).loss) ?? .nan
  }
  return GradientCheckReport(
    names: ["predicted"], analytic: ["predicted": analytic], numerical: ["predicted": numerical],
    step: step)
}
