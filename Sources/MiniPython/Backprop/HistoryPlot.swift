/// `backprop.plot_history(history)`: the loss and metric curves of a training run, per epoch.
///
/// `history` is what `model.fit` returns (its `.history` is read) or that dictionary itself:
/// `{'loss': [...], 'accuracy': [...], 'val_loss': [...], 'val_accuracy': [...]}`, one value per
/// epoch. A new figure gets the losses on the left (`loss` and `val_loss`) and, when there are
/// metrics, the metrics on the right (`accuracy` and `val_accuracy`, ...), against epochs from 1.
enum HistoryPlot {
  static let function = BuiltinFunction(
    name: "plot_history", signature: "plot_history(history)",
    doc:
      "Plots a training history per epoch in a new figure: loss and val_loss on the left, the\nmetrics (accuracy, val_accuracy, ...) on the right. history is what model.fit returns or its\n.history dict of lists."
  ) { arguments throws(PyException) in
    try arguments.expectCount(0...1)
    try arguments.allowSupportedKeywords(["history"])
    let series = try curves(try arguments.required("history", at: 0), in: arguments.interpreter)
    let losses = series.filter { isLoss($0.name) }
    let metrics = series.filter { !isLoss($0.name) }
    let plt = try PyplotCalls(arguments.interpreter)
    try plt("figure", [])
    let panels = [("loss", losses), (metrics.first.map { metricName($0.name) } ?? "", metrics)]
      .filter { !$0.1.isEmpty }
    for (index, (title, curves)) in panels.enumerated() {
      if panels.count > 1 { try plt("subplot", [.int(1), .int(panels.count), .int(index + 1)]) }
      for curve in curves {
        let epochs = (1...curve.values.count).map { PyValue.int($0) }
        try plt(
          "plot", [.list(PyList(epochs)), .list(PyList(curve.values.map { .float($0) }))],
          [("label", .str(curve.name))])
      }
      try plt("title", [.str(title)])
      try plt("xlabel", [.str("epoch")])
      if curves.count > 1 { try plt("legend", []) }
    }
    return .none
  }

  /// The named series of a history, in the dictionary's order.
  private static func curves(_ value: PyValue, in interpreter: Interpreter) throws(PyException)
    -> [(name: String, values: [Double])]
  {
    var dictionary: PyDict?
    if case .dict(let d) = value {
      dictionary = d
    } else if case .dict(let d)? = try? interpreter.attribute(value, "history") {
      dictionary = d
    }
    guard let dictionary else {
      throw PyException(
        .typeError,
        "plot_history() takes what model.fit returns, or its .history dict, not \(value.typeName)")
    }
    var curves: [(name: String, values: [Double])] = []
    for (key, series) in dictionary.entries {
      guard case .str(let name) = key else { continue }
      let values: [Double]
      do {
        values = try Numpy.array(series).scalars
      } catch {
        throw PyException(
          .typeError,
          "history['\(name)'] must be a list of numbers, one per epoch, not \(series.typeName)")
      }
      if !values.isEmpty { curves.append((name, values)) }
    }
    guard !curves.isEmpty else {
      throw PyException(
        .valueError, "the history is empty: there is nothing to plot",
        help: "train first: history = model.fit(X, y, epochs=...)")
    }
    return curves
  }

  private static func isLoss(_ name: String) -> Bool {
    name == "loss" || name == "val_loss" || name.hasSuffix("_loss")
  }

  private static func metricName(_ name: String) -> String {
    name.hasPrefix("val_") ? String(name.dropFirst(4)) : name
  }
}
