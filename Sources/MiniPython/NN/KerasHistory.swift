/// What `fit` returns: `history.history` maps `loss`, `accuracy`, `val_loss`, `val_accuracy`
/// to one value per epoch, as in Keras; `history.epoch` lists the epochs from 0.
///
/// It also builds the `TrainingProgress` values `fit` hands to the host during training.
final class KerasHistory: NativeObject {
  weak var model: KerasModel?
  let epochs: Int
  /// Batches per epoch.
  let steps: Int
  /// `history.history`, updated in place after each epoch.
  let dictionary = PyDict()
  private var series: [String: PyList] = [:]
  private(set) var epochLosses: [Double] = []
  /// The running training values of the epoch in progress.
  var lastTraining: [TrainingProgress.Metric] = []
  private var epochStart = 0.0

  init(model: KerasModel, epochs: Int, steps: Int) {
    self.model = model
    self.epochs = epochs
    self.steps = steps
  }

  /// Starts the clock of an epoch.
  func startEpoch() {
    epochStart = LibM.monotonicClock()
    lastTraining = []
  }

  /// Appends one epoch's values.
  func record(_ values: [TrainingProgress.Metric]) {
    for value in values {
      if series[value.name] == nil {
        let list = PyList()
        series[value.name] = list
        dictionary.set(value.name, .list(list))
      }
      series[value.name]?.items.append(.float(value.value))
      if value.name == "loss" { epochLosses.append(value.value) }
    }
  }

  /// The progress event for a batch of an epoch.
  func progress(epoch: Int, step: Int, values: [TrainingProgress.Metric]) -> TrainingProgress {
    TrainingProgress(
      epoch: epoch, epochs: epochs, step: step, steps: steps, metrics: values, epochLosses: epochLosses,
      elapsed: LibM.monotonicClock() - epochStart)
  }

  var typeName: String { "keras.callbacks.History" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<keras.callbacks.History: \(epochLosses.count) epoch\(epochLosses.count == 1 ? "" : "s")>"
  }

  var attributeNames: [String] { ["history", "epoch", "params", "model"] }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    switch name {
    case "history": return .dict(dictionary)
    case "epoch": return .list(PyList(epochLosses.indices.map { .int($0) }))
    case "params":
      let params = PyDict()
      params.set("verbose", .int(1))
      params.set("epochs", .int(epochs))
      params.set("steps", .int(steps))
      return .dict(params)
    case "model": return model.map { .native($0) } ?? PyValue.none
    default: return nil
    }
  }
}
