import NeuralCore
import Testing

/// Expects two numbers to agree within an absolute plus relative tolerance.
///
/// `|a - b| <= absolute + relative * max(|a|, |b|)`; failures point at the caller.
public func expectClose(
  _ actual: Double, _ expected: Double, absolute: Double = 1e-12, relative: Double = 1e-9,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let bound = absolute + relative * max(abs(actual), abs(expected))
  #expect(
    abs(actual - expected) <= bound || (actual.isNaN && expected.isNaN),
    "\(actual) is not within \(bound) of \(expected)", sourceLocation: sourceLocation)
}

/// Expects two tensors to have the same shape and element-wise close values.
public func expectClose(
  _ actual: Tensor, _ expected: Tensor, absolute: Double = 1e-12, relative: Double = 1e-9,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.shape == expected.shape, "shape \(actual.shape) != \(expected.shape)", sourceLocation: sourceLocation)
  guard actual.shape == expected.shape else { return }
  for (index, (a, e)) in zip(actual.scalars, expected.scalars).enumerated() {
    let bound = absolute + relative * max(abs(a), abs(e))
    if !(abs(a - e) <= bound || (a.isNaN && e.isNaN)) {
      Issue.record("element \(index): \(a) is not within \(bound) of \(e)", sourceLocation: sourceLocation)
      return
    }
  }
}
