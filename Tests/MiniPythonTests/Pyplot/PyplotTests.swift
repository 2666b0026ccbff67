import MiniPython
import Testing
import TextPlot

/// The pyplot module through a session: the figures it emits and the errors it raises.
@Suite struct PyplotTests {
  /// The figures a run emitted, in order.
  static func figures(_ source: String) -> (figures: [PlotFigure], result: RunResult) {
    let result = Session().run(source: "import matplotlib.pyplot as plt\nimport numpy as np\n" + source)
    let figures = result.outputs.compactMap { output -> PlotFigure? in
      if case .plot(let figure) = output { return figure } else { return nil }
    }
    return (figures, result)
  }

  @Test func showEmitsTheFigureAndStartsAFreshOne() {
    let (figures, result) = PyplotTests.figures("plt.plot([3, 2, 1])\nplt.title('loss')\nplt.show()\nplt.show()\nprint('done')\n")
    #expect(result.error == nil)
    #expect(figures.count == 1)
    #expect(figures.first?.summary == "loss: y 3 -> 1 over 3 steps, still falling")
    #expect(result.text == "done\n")
  }

  @Test func aRunEndsByDrawingTheFiguresLeftOpen() {
    let (figures, _) = PyplotTests.figures("plt.plot([1, 2])\nplt.figure()\nplt.bar([0, 1], [5, 7])\n")
    #expect(figures.map(\.summary) == ["y 1 -> 2 over 2 steps, still rising", "2 bars from 5 to 7 (largest at x = 1)"])
  }

  @Test func aGridOfImagesWithoutAxesFitsAnEightyColumnTerminal() {
    let (figures, _) = PyplotTests.figures(
      "for i in range(10):\n    plt.subplot(2, 5, i + 1)\n    plt.imshow(np.eye(4) * i)\n    plt.axis('off')\n    plt.title(str(i))\n")
    let lines = figures[0].lines(width: 80, height: 24, mode: .monochrome)
    #expect(!lines.joined().contains("need"))
    #expect(lines[0] == "       0               1               2               3               4        ")
    #expect(lines[12] == "       5               6               7               8               9        ")
  }

  @Test func semilogyAndFriendsSetTheScales() {
    let (figures, result) = PyplotTests.figures(
      "plt.semilogy([1, 10, 100])\nplt.figure()\nplt.semilogx([0.001, 0.1], [1, 2])\nplt.figure()\nplt.loglog([1, 10], [1, 100])\n")
    #expect(result.error == nil)
    let scales = figures.map { ($0.subplots[0].xScale, $0.subplots[0].yScale) }
    #expect(scales.map(\.0) == [.linear, .log10, .log10])
    #expect(scales.map(\.1) == [.log10, .linear, .log10])
  }

  @Test func theREPLDrawsOnlyOnShow() {
    let session = Session()
    let first = session.evaluateInteractive("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\n")
    #expect(!first.outputs.contains { if case .plot = $0 { return true } else { return false } })
    let shown = session.evaluateInteractive("plt.show()\n")
    #expect(shown.outputs.count == 1)
  }

  @Test func formatStringsDrawLinesAndPoints() {
    let (figures, _) = PyplotTests.figures("x = np.arange(4)\nplt.plot(x, x ** 2, 'ro', x, x, 'b-', label='fit')\nplt.legend()\n")
    let axes = figures[0].subplots[0]
    #expect(axes.layers.count == 2)
    #expect(axes.showsLegend)
    guard case .scatter(let points) = axes.layers[0], case .line(let line) = axes.layers[1] else {
      Issue.record("expected points then a line: \(axes.layers)")
      return
    }
    #expect(points.color == .rgb(255, 0, 0))
    #expect(points.y == [0, 1, 4, 9])
    #expect(line.color == .rgb(0, 0, 255))
    #expect(line.name == "fit")
  }

  @Test func subplotsShareOneFigure() {
    let (figures, result) = PyplotTests.figures("""
      for i in range(4):
          plt.subplot(2, 2, i + 1)
          plt.imshow(np.eye(3) * i, cmap='gray')
          plt.axis('off')
          plt.title(str(i))
      plt.subplot(224)
      plt.ylabel('last')
      """)
    #expect(result.error == nil)
    #expect(figures.count == 1)
    let figure = figures[0]
    #expect(figure.rows == 2 && figure.columns == 2)
    #expect(figure.subplots.map(\.title) == ["0", "1", "2", "3"])
    #expect(figure.subplots[3].yLabel == "last")
    #expect(figure.subplots.allSatisfy { !$0.showsAxis && $0.yInverted })
  }

  @Test func subplotsReturnsAxesObjects() {
    let (figures, result) = PyplotTests.figures("""
      fig, axes = plt.subplots(2, 3, figsize=(9, 6))
      print(axes.shape, len(axes))
      axes[0, 1].plot([1, 2, 3])
      axes[1][2].set_title('six')
      for ax in axes.flat:
          ax.set_xlabel('x')
      fig.suptitle('grid')
      fig2, ax = plt.subplots()
      ax.hist([1, 2, 2, 3], bins=3)
      """)
    #expect(result.error == nil)
    #expect(result.text == "(2, 3) 2\n")
    #expect(figures.count == 2)
    #expect(figures[0].title == "grid")
    #expect(figures[0][0, 1].layers.count == 1)
    #expect(figures[0][1, 2].title == "six")
    #expect(figures[0].subplots.allSatisfy { $0.xLabel == "x" })
    #expect(figures[1].summary == "3 bars from 1 to 2 (largest at x = 2)")
  }

  @Test func scatterLabelsOfAnyShapeBecomeClasses() {
    let (figures, result) = PyplotTests.figures("""
      X = np.array([[0., 1., 2., 3.], [0., 1., 0., 1.]])
      y = np.array([[0, 1, 1, 0]])
      plt.scatter(X[0, :], X[1, :], c=y, cmap=plt.cm.Spectral)
      plt.scatter(X[0, :], X[1, :], c=y.ravel(), s=40)
      plt.scatter([1, 2], [3, 4], c='red', marker='x')
      """)
    #expect(result.error == nil)
    let layers = figures[0].subplots[0].layers
    guard case .scatter(let a) = layers[0], case .scatter(let b) = layers[1], case .scatter(let c) = layers[2] else {
      Issue.record("expected three scatters")
      return
    }
    #expect(a.classes == [0, 1, 1, 0])
    #expect(a.colormap == .spectral)
    #expect(b.colormap == .viridis)
    #expect(c.classes == nil && c.color == .rgb(255, 0, 0))
  }

  @Test func contourfUnderLabelledPointsCountsMistakes() {
    let (figures, result) = PyplotTests.figures("""
      xx, yy = np.meshgrid(np.arange(-1, 1, 0.01), np.arange(-1, 1, 0.01))
      Z = (xx > 0) * 1.0
      plt.contourf(xx, yy, Z, cmap=plt.cm.Spectral)
      plt.scatter(np.array([-0.5, 0.5, 0.5]), np.array([0., 0., 0.5]), c=np.array([[0, 1, 0]]), cmap=plt.cm.Spectral)
      """)
    #expect(result.error == nil)
    #expect(figures.first?.summary == "200x200 field from 0 to 1; boundary: 1 of 3 training points misclassified")
  }

  @Test func rcParamsSetTheDefaultColormap() {
    let (figures, _) = PyplotTests.figures("plt.rcParams['image.cmap'] = 'gray'\nplt.rcParams['figure.figsize'] = (5.0, 4.0)\nplt.imshow(np.ones((2, 2)))\nplt.colorbar()\n")
    #expect(figures[0].subplots[0].showsColorbar)
    guard case .field(let field) = figures[0].subplots[0].layers[0] else {
      Issue.record("expected an image")
      return
    }
    #expect(field.colormap == .gray)
  }

  @Test func limitsScalesAndLabels() {
    let (figures, result) = PyplotTests.figures("""
      plt.plot([1, 10, 100])
      plt.yscale('log')
      print(plt.xlim(0, 2))
      plt.ylim((1, 1000))
      plt.xlabel('epoch'); plt.ylabel('loss'); plt.grid(True)
      """)
    #expect(result.text == "(0.0, 2.0)\n")
    let axes = figures[0].subplots[0]
    #expect(axes.yScale == .log10)
    #expect(axes.xLimits == 0...2)
    #expect(axes.yLimits == 1...1000)
    #expect(axes.xLabel == "epoch" && axes.yLabel == "loss")
  }

  @Test func importsAsTheCourseWritesThem() {
    let result = Session().run(source: """
      import matplotlib
      import matplotlib.pyplot
      from matplotlib import pyplot as plt
      import matplotlib.cm as cm
      print(plt is matplotlib.pyplot, cm.Spectral.name, matplotlib.cm.get_cmap('RdBu').name)
      print(plt.cm.get_cmap('viridis')(0.0))
      """)
    #expect(result.error == nil)
    #expect(result.text == "True Spectral RdBu\n(0.26666666666666666, 0.00392156862745098, 0.32941176470588235, 1.0)\n")
  }

  @Test(arguments: [
    ("plt.savefig('a.png')", "NotImplementedError: savefig() is not available: Backprop draws figures in the terminal, not in files"),
    ("plt.text(0, 0, 'hi')", "NotImplementedError: text() is not supported: Backprop's terminal plots have no text annotations"),
    ("plt.plot([1, 2], 'q')", "ValueError: 'q' is not a valid format string (unrecognized character 'q')"),
    ("plt.plot([1, 2], [1, 2, 3])", "ValueError: x and y must have same first dimension, but have shapes (2,) and (3,)"),
    ("plt.yscale('symlog')", "ValueError: 'symlog' is not a valid value for scale; supported values are 'linear', 'log'"),
    ("plt.scatter([1, 2], [1, 2], c=[0, 1, 2])", "ValueError: 'c' argument has 3 elements, which is inconsistent with 'x' and 'y' with size 2."),
    ("plt.scatter([1], [1], c='reddish')", "ValueError: 'reddish' is not a valid color value"),
    ("plt.imshow(np.zeros((2, 2, 5)))", "TypeError: Invalid shape (2, 2, 5) for image data"),
    ("plt.contourf(np.zeros(3))", "TypeError: Input z must be 2D, not 1D"),
    ("plt.contourf(np.zeros((2, 3)), np.zeros((2, 3)), np.zeros((3, 3)))", "TypeError: Shapes of x (2, 3) and z (3, 3) do not match"),
    ("plt.hist(np.zeros((3, 4)))", "ValueError: hist() of a (3, 4) array draws one histogram per column, which is not supported"),
    ("plt.axis('sideways')", "ValueError: Unrecognized string 'sideways' to axis; try 'on', 'off', 'equal', 'tight', 'scaled', or 'auto'"),
    ("plt.imshow(np.eye(2), cmap='jet')", "ValueError: 'jet' is not a valid value for cmap; supported values are 'Spectral', 'viridis', 'gray', 'RdBu', 'coolwarm', 'Blues', 'RdYlBu' (and each with '_r', reversed)"),
    ("plt.subplot(2, 2, 5)", "ValueError: num must be an integer with 1 <= num <= 4, not 5"),
    ("plt.subplot(1, 2, 1); plt.plot([2]); plt.subplot(2, 2, 1)", "ValueError: subplot(2, 2, 1) does not fit this figure's 1 x 2 grid"),
    ("fig, ax = plt.subplots(); plt.show(); ax.plot([1])", "RuntimeError: figure 1 was already shown or closed"),
    ("plt.plot([1], linewidth=2, color='k', bogus=1)", "TypeError: plot() got an unexpected keyword argument 'bogus'"),
  ])
  func errorsSayWhatIsSupported(_ line: String, _ expected: String) {
    let (_, result) = PyplotTests.figures(line + "\n")
    #expect(result.error?.lastLine == expected)
  }
}
