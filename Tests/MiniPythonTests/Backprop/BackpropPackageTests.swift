import MiniPython
import Testing

/// The `backprop` package: every way of importing it and its submodules.
@Suite struct BackpropPackageTests {
  @Test func importsAsAPackage() {
    let result = Session().run(
      source: """
        import backprop
        from backprop import datasets, gradcheck, plot_decision_boundary
        import backprop.datasets as ds
        from backprop.datasets import moons
        print(ds is datasets, backprop.datasets is ds, moons is ds.moons, gradcheck is backprop.gradcheck)
        print(type(backprop.nn).__name__, backprop.nn.layers.Dense is not None)
        """)
    #expect(result.error == nil)
    #expect(result.text == "True True True True\nmodule True\n")
  }

  @Test func helpNamesTheToolsAndTheSubmodules() {
    let result = Session().run(source: "import backprop\nhelp(backprop)\n")
    let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    #expect(
      lines.prefix(5) == [
        "Help on module backprop:", "",
        "Backprop's tools for looking inside nets: gradient checks, decision boundaries, training",
        "curves, filters and activations.",
        "Submodules: backprop.datasets (seeded toy data sets), backprop.nn (Keras-style models).",
      ])
    let functions = lines.filter { $0.hasPrefix("    ") && !$0.hasPrefix("        ") }.map {
      String($0.drop { $0 == " " }.prefix { $0 != "(" })
    }
    #expect(
      functions == [
        "compare", "gradcheck", "load_planar_dataset", "plot_boundary", "plot_decision_boundary",
        "plot_history",
        "show_activations", "show_filters", "show_hidden",
      ])
  }

  @Test func unknownNamesSaySo() {
    #expect(
      Session().run(source: "from backprop import plot_boundaries\n").error?.lastLine
        == "ImportError: cannot import name 'plot_boundaries' from 'backprop' (unknown location)")
  }
}
