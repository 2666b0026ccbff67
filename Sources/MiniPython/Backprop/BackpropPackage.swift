/// The `backprop` package: Backprop's own tools for looking inside a net, and its data.
///
/// `import backprop` gives the tools as members (`backprop.gradcheck`, ...); the data sets are the
/// submodule `backprop.datasets` (`from backprop import datasets`, `import backprop.datasets as ds`),
/// and the Keras-style models `backprop.nn`. Submodules are registered under their dotted names in
/// `ModuleRegistry.standard` and reached as attributes of the package once it is imported.
enum BackpropPackage {
  static func make() -> PyModule {
    let planar = DatasetsModule.functions.first { $0.name == "load_planar_dataset" }
    return PyModule(
      name: "backprop",
      doc:
        "Backprop's tools for looking inside nets: gradient checks, decision boundaries, training\ncurves, filters and activations.\nSubmodules: backprop.datasets (seeded toy data sets), backprop.nn (Keras-style models).",
      functions: [
        planar, GradCheck.function, BoundaryPlot.function(named: "plot_boundary"),
        BoundaryPlot.function(named: "plot_decision_boundary"), HistoryPlot.function,
        OptimizerComparison.function,
      ].compactMap { $0 } + LayerViews.functions)
  }
}
