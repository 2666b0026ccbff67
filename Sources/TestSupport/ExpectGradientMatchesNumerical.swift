import NeuralCore
import Testing

/// Expects a layer's backward pass to match centred differences for its input and every parameter.
///
/// Runs `checkGradients(of:at:upstream:step:)` and records one failure listing the whole report
/// when any tensor's relative error `‖g − n‖ / (‖g‖ + ‖n‖)` reaches `threshold`. The default,
/// 1e-7, is the "good" band; pick inputs away from kinks rather than raising it.
public func expectGradientMatchesNumerical<L: Layer>(
  layer: L, input: Tensor, upstream: Tensor? = nil, threshold: Double = 1e-7,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let report = checkGradients(of: layer, at: input, upstream: upstream)
  let failing = report.entries.filter { !($0.relativeError < threshold) }
  #expect(
    failing.isEmpty, "\(failing.map(\.name)) above \(threshold)\n\(report)",
    sourceLocation: sourceLocation)
}
