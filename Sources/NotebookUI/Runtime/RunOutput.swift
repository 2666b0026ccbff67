import MiniPython
import TextPlot

/// The outputs of one run, folded as the interpreter hands them over, so live training animates
/// in place instead of scrolling.
///
/// Three rules make a running cell look like a live dashboard rather than a log:
/// - printed text appends (consecutive pieces merge into one text item);
/// - a figure from `plt.show()` replaces the latest earlier figure of the same run that has the
///   same structure (subplot grid, titles, axis labels, kinds and names of layers), in place;
///   a figure of another structure appends. A learner's loop that calls `plt.plot(costs);
///   plt.show()` every hundred steps therefore redraws one growing curve;
/// - `model.fit`'s progress events update one progress item (a Keras-style bar with epoch, step
///   and metrics) and one live loss curve per `fit` call (`TrainingMonitor`).
///
/// Figures are turned into `FigureView`s only when `items()` is asked for (at most every 50 ms
/// while code runs), so a loop that shows a figure per step does not pay for figures nobody sees.
///
/// ```swift
/// var output = RunOutput()
/// output.append(.text("step 0\n"))
/// output.append(.plot(figure))      // the curve after step 0
/// output.append(.plot(figure))      // the curve after step 100: replaces the one above
/// output.items()                    // [.text("step 0\n"), .figure(...)]
/// ```
public struct RunOutput: Sendable {
  /// One item to show, kept in the form it arrived in until it is shown.
  private enum Piece: Sendable {
    case item(OutputItem)
    /// A figure and its view, made when first shown.
    case figure(PlotFigure, signature: [String], view: FigureView?)
    case training(TrainingMonitor)
  }

  private var pieces: [Piece] = []

  public init() {}

  /// Whether nothing was produced yet.
  public var isEmpty: Bool { pieces.isEmpty }

  /// Folds one output in by the rules above.
  public mutating func append(_ output: Output) {
    switch output {
    case .text(let text):
      if case .item(.text(let previous))? = pieces.last {
        pieces[pieces.count - 1] = .item(.text(previous + text))
      } else {
        pieces.append(.item(.text(text)))
      }
    case .diagnostic(let error):
      pieces.append(.item(.error(error.description)))
    case .plot(let figure):
      let signature = Self.signature(of: figure)
      let earlier = pieces.lastIndex {
        if case .figure(_, signature, _) = $0 { return true } else { return false }
      }
      if let earlier {
        pieces[earlier] = .figure(figure, signature: signature, view: nil)
      } else {
        pieces.append(.figure(figure, signature: signature, view: nil))
      }
    case .progress(let progress):
      if let last = pieces.lastIndex(where: {
        if case .training = $0 { return true } else { return false }
      }), case .training(var monitor) = pieces[last], monitor.continues(with: progress) {
        monitor.record(progress)
        pieces[last] = .training(monitor)
      } else {
        pieces.append(.training(TrainingMonitor(progress)))
      }
    }
  }

  /// The items to show now, oldest first; views made for this call are kept for the next.
  public mutating func items() -> [OutputItem] {
    var items: [OutputItem] = []
    for index in pieces.indices {
      switch pieces[index] {
      case .item(let item):
        items.append(item)
      case .figure(let figure, let signature, let view):
        let shown = view ?? FigureView(figure)
        if view == nil { pieces[index] = .figure(figure, signature: signature, view: shown) }
        items.append(.figure(shown))
      case .training(var monitor):
        items += monitor.items()
        pieces[index] = .training(monitor)
      }
    }
    return items
  }

  /// What makes two figures "the same figure, redrawn": the subplot grid and, per subplot, its
  /// title, axis labels and the kind and name of each layer (not the data).
  static func signature(of figure: PlotFigure) -> [String] {
    var parts = ["\(figure.rows)x\(figure.columns)", figure.title]
    for axes in figure.subplots {
      parts += [axes.title, axes.xLabel, axes.yLabel]
      parts += axes.layers.map { layer in
        switch layer {
        case .line(let series): "line:" + series.name
        case .scatter(let series): "scatter:" + series.name
        case .field(let field): "field:\(field.rows)x\(field.columns)"
        case .bars(let series): "bars:" + series.name
        case .errorBars(let series): "errorbars:" + series.name
        case .referenceLine(let line): "\(line.orientation.rawValue)line:" + line.name
        }
      }
    }
    return parts
  }
}
