"""Raw counts of analysed texts are the matrix CountVectorizer makes with the same vocabulary."""

from __future__ import annotations

import numpy as np


def test_count_matrix_is_countvectorizers_matrix() -> None:
    from sklearn.feature_extraction.text import CountVectorizer

    from gcmextract.classify.model import count_matrix

    vocabulary = {"b": 0, "a": 1, "c": 2, "d": 3}
    docs = [["a", "b", "a", "z"], [], ["z"], ["d", "c", "b", "a", "a", "d"]]
    expected = CountVectorizer(analyzer=lambda d: d, vocabulary=vocabulary, dtype=np.float32)
    want = expected.transform(docs)
    got = count_matrix(docs, vocabulary, len(vocabulary))
    assert got.dtype == want.dtype and got.shape == want.shape
    assert np.array_equal(got.indptr, want.indptr) and np.array_equal(got.indices, want.indices)
    assert np.array_equal(got.data, want.data)


def test_weighing_is_tfidf_normalisation() -> None:
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    from gcmextract.classify.model import _weigh

    counts = csr_matrix(np.array([[1, 0, 3], [0, 0, 0], [2, 5, 1]], dtype=np.float32))
    idf = np.array([1.5, 1.0, 2.25], dtype=np.float32)
    x = csr_matrix(counts, dtype=np.float32, copy=True)
    x.data = np.log(x.data) + np.float32(1)
    want = normalize(x.multiply(idf).tocsr())
    got = _weigh(counts, idf)
    assert np.array_equal(got.toarray(), want.toarray())
    assert got.toarray()[0, 0] > 0  # a non-empty row is weighed
