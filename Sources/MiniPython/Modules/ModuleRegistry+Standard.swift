extension ModuleRegistry {
  /// Every module shipped with Backprop. Host modules add their line here.
  public static var standard: ModuleRegistry {
    var registry = ModuleRegistry()
    registry.register("math") { MathModule.make() }
    registry.register("copy") { CopyModule.make() }
    registry.register("time") { TimeModule.make() }
    registry.register("random") { RandomModule.make() }
    registry.register("numpy") { Numpy.make() }
    registry.register("matplotlib") { Pyplot.package() }
    registry.register("matplotlib.pyplot") { Pyplot.make() }
    registry.register("matplotlib.cm") { ColormapObject.module() }
    registry.register("backprop") { BackpropPackage.make() }
    registry.register("backprop.datasets") { DatasetsModule.make() }
    registry.register("tensorflow") { KerasModule.tensorflow() }
    registry.register("keras") { KerasModule.keras() }
    registry.register("backprop.nn") { KerasModule.backpropNN() }
    return registry
  }
}
