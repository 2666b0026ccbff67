/// Where a training run (`model.fit`) stands, handed to the host after every batch so it can
/// draw a progress bar and a live loss curve (the notebook) or a Keras-style line (`backprop run`).
public struct TrainingProgress: Sendable, Equatable {
  /// One named running value: `loss`, `accuracy`, `val_loss`, …
  public struct Metric: Sendable, Equatable, CustomStringConvertible {
    public var name: String
    public var value: Double

    public init(name: String, value: Double) {
      self.name = name
      self.value = value
    }

    /// `loss: 0.6931`, as Keras prints a metric.
    public var description: String { "\(name): \(TrainingProgress.fourDecimals(value))" }
  }

  /// The current epoch, counted from 1.
  public var epoch: Int
  /// The number of epochs the run asked for.
  public var epochs: Int
  /// Batches finished in this epoch.
  public var step: Int
  /// Batches in one epoch.
  public var steps: Int
  /// Running means over this epoch's batches so far (validation values once the epoch ends).
  public var metrics: [Metric]
  /// The mean training loss of every finished epoch, oldest first (the live loss curve).
  public var epochLosses: [Double]
  /// Seconds since this epoch started.
  public var elapsed: Double

  public init(
    epoch: Int, epochs: Int, step: Int, steps: Int, metrics: [Metric], epochLosses: [Double],
    elapsed: Double
  ) {
    self.epoch = epoch
    self.epochs = epochs
    self.step = step
    self.steps = steps
    self.metrics = metrics
    self.epochLosses = epochLosses
    self.elapsed = elapsed
  }

  /// Whether this event closes its epoch (every batch done).
  public var isEpochEnd: Bool { step >= steps }

  /// `Epoch 3/10`, the header Keras prints before an epoch's bar.
  public var header: String { "Epoch \(epoch)/\(epochs)" }

  /// Keras' progress line: `5/7 [====================>.........] - 0s 2ms/step - loss: 0.6931`.
  public func line(barWidth: Int = 30) -> String {
    (["\(step)/\(steps) \(bar(width: barWidth))", timing] + metrics.map(\.description))
      .joined(separator: " - ")
  }

  /// The bar of `width` cells between brackets: `[=========>....]`.
  public func bar(width: Int = 30) -> String {
    let width = max(width, 1)
    let filled = steps > 0 ? min(width, step * width / steps) : width
    var bar = String(repeating: "=", count: filled)
    if filled < width { bar += ">" + String(repeating: ".", count: width - filled - 1) }
    return "[" + bar + "]"
  }

  /// Seconds into the epoch and the time per step: `0s 2ms/step`.
  public var timing: String {
    let perStep = step > 0 ? elapsed / Double(step) : 0
    return "\(Int(elapsed))s \(Self.duration(perStep))/step"
  }

  /// `2ms` or `150us` (Keras' per-step time).
  static func duration(_ seconds: Double) -> String {
    seconds >= 1e-3 ? "\(Int((seconds * 1e3).rounded()))ms" : "\(Int((seconds * 1e6).rounded()))us"
  }

  /// A value with four decimals, as Keras prints metrics (`0.6931`, `nan`).
  static func fourDecimals(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
    let scaled = (abs(value) * 1e4).rounded()
    let whole = Int(scaled / 1e4)
    let fraction = Int(scaled) - whole * 10_000
    let digits = String(fraction)
    let sign = value < 0 && scaled > 0 ? "-" : ""
    return "\(sign)\(whole).\(String(repeating: "0", count: 4 - digits.count))\(digits)"
  }
}
