/// What a drawing call returns (`Line2D`, `PathCollection`, `QuadContourSet`, `AxesImage`):
/// a handle a script may keep (`line, = plt.plot(y)`) or pass to `legend`, with no methods.
final class PlotArtist: NativeObject {
  let typeName: String

  init(typeName: String) {
    self.typeName = typeName
  }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<\(typeName) object>"
  }
}
