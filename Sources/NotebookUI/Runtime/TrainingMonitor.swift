import MiniPython
import TextPlot

/// One `model.fit` call as the notebook shows it while it runs: a progress bar and a live loss
/// curve, both replaced in place by every progress event.
///
/// The bar is Keras' (`Epoch 3/10  5/7 [====>.....]  0s 2ms/step`, the running metrics on the
/// line below). The curve plots against epochs (x = epoch − 1 + step/steps): the running mean
/// loss after every batch ("batch loss", which restarts each epoch) and the mean loss of every
/// finished epoch (`epochLosses`, at x = 1, 2, ...). Up to `fixedAxisEpochs` epochs the x axis
/// spans every epoch asked for from the start, so the curve grows to the right instead of
/// rescaling. At most `sampleLimit` batch samples are
/// kept; beyond that every other one is dropped (a long run still draws its whole history).
struct TrainingMonitor: Sendable {
  /// Rows the live loss curve takes.
  static let figureHeight = 12
  static let sampleLimit = 4096
  /// Up to this many epochs the x axis spans them all from the start; beyond, it fits the data.
  static let fixedAxisEpochs = 100

  private(set) var latest: TrainingProgress
  private var batchX: [Double] = []
  private var batchLoss: [Double] = []
  private var cached: [OutputItem]?

  init(_ progress: TrainingProgress) {
    latest = progress
    sample(progress)
  }

  /// Whether `progress` belongs to the same `fit` call (a later batch of the same run).
  func continues(with progress: TrainingProgress) -> Bool {
    progress.epochs == latest.epochs
      && (progress.epoch, progress.step) >= (latest.epoch, latest.step)
  }

  mutating func record(_ progress: TrainingProgress) {
    latest = progress
    sample(progress)
    cached = nil
  }

  /// The progress text and the loss curve, made once per change.
  mutating func items() -> [OutputItem] {
    if let cached { return cached }
    let items: [OutputItem] = [.text(progressText), .figure(FigureView(curve, height: Self.figureHeight))]
    cached = items
    return items
  }

  /// `Epoch 3/10  5/7 [=========>....................]  0s 2ms/step` and the metrics line.
  var progressText: String {
    let progress = latest
    var text = "\(progress.header)  \(progress.step)/\(progress.steps) \(progress.bar())  \(progress.timing)\n"
    text += progress.metrics.map(\.description).joined(separator: " - ")
    return text + "\n"
  }

  /// The live loss curve.
  var curve: LinePlot {
    var series = [LineSeries("batch loss", x: batchX, y: batchLoss)]
    if !latest.epochLosses.isEmpty {
      series.append(
        LineSeries(
          "epoch loss", x: latest.epochLosses.indices.map { Double($0 + 1) }, y: latest.epochLosses))
    }
    let epochs = Double(max(1, latest.epochs))
    return LinePlot(
      series: series, title: "Training loss", xLabel: "epoch",
      xLimits: latest.epochs <= Self.fixedAxisEpochs ? 0...epochs : nil)
  }

  private mutating func sample(_ progress: TrainingProgress) {
    guard let loss = progress.metrics.first(where: { $0.name == "loss" })?.value, loss.isFinite
    else { return }
    let fraction = progress.steps > 0 ? Double(progress.step) / Double(progress.steps) : 1
    batchX.append(Double(progress.epoch - 1) + fraction)
    batchLoss.append(loss)
    if batchX.count > Self.sampleLimit {
      batchX = batchX.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
      batchLoss = batchLoss.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
    }
  }
}
