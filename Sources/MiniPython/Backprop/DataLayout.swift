import NeuralCore

/// Where a data set puts its examples: `"rows"` (Keras, scikit-learn) or `"columns"` (the numpy lessons).
///
/// | layout | points | images | sequences | labels |
/// |---|---|---|---|---|
/// | `rows` | `X`: `(m, n_x)` | `(m, height, width, 1)` | `(m, T, 1)` | `y`: `(m,)` (sine: `(m, 1)`) |
/// | `columns` | `X`: `(n_x, m)` | `(height·width, m)`, flattened | `(1, m, T)` | `Y`: `(1, m)` |
///
/// The columns layout is the course's: `load_planar_dataset()` returns `X` of shape `(2, 400)` and
/// `Y` of shape `(1, 400)`; its image sets are flattened into columns; its sequence models take
/// `x` of shape `(n_x, m, T_x)`. Class labels are `int64` in both layouts.
enum DataLayout: String, CaseIterable {
  case rows
  case columns

  /// The layout named by a `layout=` argument.
  ///
  /// - Throws: `ValueError: layout must be 'rows' or 'columns', not 'cols'`.
  init(argument: String) throws(PyException) {
    guard let layout = DataLayout(rawValue: argument) else {
      throw PyException(
        .valueError, "layout must be 'rows' or 'columns', not '\(argument)'",
        help:
          "'rows': X (m, n_x), y (m,) as Keras takes them; 'columns': X (n_x, m), Y (1, m) as the numpy lessons use"
      )
    }
    self = layout
  }

  /// The `(X, y)` pair of a data set whose `x` has examples in rows (`[m, ...]`) and `y` labels `[m]` or targets `[m, k]`.
  ///
  /// - Parameter classLabels: whether `y` holds class indices (stored as `int64`).
  func arrays(x: Tensor, y: Tensor, classLabels: Bool) -> PyValue {
    let labelType: DType = classLabels ? .int64 : .float64
    let m = x.shape[0]
    switch self {
    case .rows:
      return .tuple([
        .native(NDArray(x)), .native(NDArray(shape: y.shape, scalars: y.scalars, dtype: labelType)),
      ])
    case .columns:
      let features = x.count / max(m, 1)
      // Sequences [m, T, 1] become the course's (n_x, m, T_x) = (1, m, T): the same scalars.
      let columns =
        x.rank == 3 && x.shape[2] == 1
        ? Tensor(shape: [1, m, x.shape[1]], scalars: x.scalars)
        : Tensor(shape: [m, features], scalars: x.scalars).transposed()
      let outputs = y.count / max(m, 1)
      let labels = Tensor(shape: [m, outputs], scalars: y.scalars).transposed()
      return .tuple([
        .native(NDArray(columns)),
        .native(NDArray(shape: labels.shape, scalars: labels.scalars, dtype: labelType)),
      ])
    }
  }
}
