/// The loss and metrics of each epoch of a training run, in order.
///
/// Epochs are numbered from 1 in the description, as Keras prints them. Values are whatever
/// the training loop records: usually the mean loss over the epoch's mini-batches.
public struct TrainingHistory: Sendable, Equatable {
  /// The loss after each epoch.
  public private(set) var losses: [Double] = []
  /// Each metric's value after each epoch, by name (`"accuracy"`).
  public private(set) var metrics: [String: [Double]] = [:]

  public init() {}

  /// The number of epochs recorded.
  public var epochCount: Int { losses.count }

  /// Appends one epoch.
  ///
  /// - Precondition: every metric recorded before is recorded again, so all series stay aligned.
  public mutating func record(loss: Double, metrics values: [String: Double] = [:]) {
    precondition(
      metrics.isEmpty || Set(metrics.keys) == Set(values.keys),
      "epoch \(epochCount + 1) records metrics \(values.keys.sorted()), earlier epochs \(metrics.keys.sorted())"
    )
    losses.append(loss)
    for (name, value) in values { metrics[name, default: []].append(value) }
  }

  /// The epoch (from 1) with the lowest loss and that loss; `nil` before any epoch. NaN never wins.
  public var bestEpoch: (epoch: Int, loss: Double)? {
    guard
      let best = losses.indices.filter({ !losses[$0].isNaN }).min(by: { losses[$0] < losses[$1] })
    else {
      return nil
    }
    return (best + 1, losses[best])
  }
}

// MARK: - Conformance

extension TrainingHistory: CustomStringConvertible {
  /// A table of epochs, with four decimals:
  ///
  /// ```
  /// epoch  loss    accuracy
  ///     1  0.6931  0.5000
  ///     2  0.4127  0.8125
  /// ```
  public var description: String {
    guard !losses.isEmpty else { return "no epochs recorded" }
    let names = metrics.keys.sorted()
    let header = (["epoch", "loss  "] + names).joined(separator: "  ")
    let rows = losses.indices.map { e in
      let epoch = String(e + 1)
      let cells =
        [
          String(repeating: " ", count: max(0, 5 - epoch.count)) + epoch,
          fixedPoint(losses[e], decimals: 4),
        ]
        + names.map { fixedPoint(metrics[$0]![e], decimals: 4) }
      return cells.joined(separator: "  ")
    }
    return ([header] + rows).joined(separator: "\n")
  }
}

/// `x` with a fixed number of decimals, rounded half away from zero: `fixedPoint(0.69315, decimals: 4) == "0.6932"`.
///
/// The core has no Foundation (`String(format:)`).
func fixedPoint(_ x: Double, decimals: Int) -> String {
  if x.isNaN { return "nan" }
  if x.isInfinite { return x < 0 ? "-inf" : "inf" }
  let scale = Elementary.pow(10, Double(decimals))
  let scaled = (abs(x) * scale).rounded()
  guard scaled < 9e15 else { return "\(x)" }
  let whole = Int(scaled) / Int(scale)
  let fraction = Int(scaled) % Int(scale)
  var digits = String(fraction)
  while digits.count < decimals { digits = "0" + digits }
  let sign = x < 0 && scaled != 0 ? "-" : ""
  return sign + String(whole) + (decimals > 0 ? "." + digits : "")
}
