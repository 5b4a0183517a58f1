/* The phrase pass of bot/classify/matcher.py without the regex engine.
 *
 * PhraseMatcher builds one regex from its phrases, (?<!\w)<trie>(?!\w), and runs finditer over the
 * lower-cased text. This module walks the same character trie directly and returns the same spans:
 *   - a phrase starts only where the character before is no word character (or at the start);
 *   - a space in a phrase matches one or more whitespace characters, "'" matches ' or U+2019, and
 *     "-" matches -, U+2010, U+2011 or U+2013, as the regex's pieces do;
 *   - at a start, the longest phrase that is followed by no word character wins (the regex's greedy
 *     optional branches give the same: the trie path for a text is unique, as the phrases are
 *     normalised, so backtracking can only fall back to a shorter phrase on that path);
 *   - the search goes on where the last match ended (finditer: matches do not overlap).
 * "Word character" and "whitespace" are what the re module means by \w and \s for str patterns:
 * Py_UNICODE_ISALNUM or "_", and Py_UNICODE_ISSPACE.
 *
 * The regex stays the fallback where this module is not built, and tests/classify/test_compiled.py
 * checks that both give the same spans.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Edge labels below zero stand for the pieces that match a class of characters. */
#define EDGE_SPACE (-1)
#define EDGE_QUOTE (-2)
#define EDGE_DASH (-3)

typedef struct {
    PyObject_HEAD
    Py_ssize_t node_count;
    Py_ssize_t *first_edge;  /* node -> index of its first edge; node_count + 1 entries */
    long *edge_label;        /* a code point, or EDGE_* */
    Py_ssize_t *edge_child;
    char *terminal;          /* node -> whether a phrase ends there */
    Py_ssize_t root_ascii[128]; /* the root's child for each ASCII character, or -1 */
} PhraseTrie;

static void
trie_dealloc(PhraseTrie *self)
{
    PyMem_Free(self->first_edge);
    PyMem_Free(self->edge_label);
    PyMem_Free(self->edge_child);
    PyMem_Free(self->terminal);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
read_ssize_list(PyObject *list, Py_ssize_t **out, Py_ssize_t *length, const char *name)
{
    PyObject *seq = PySequence_Fast(list, name);
    if (seq == NULL)
        return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    Py_ssize_t *values = PyMem_New(Py_ssize_t, n > 0 ? n : 1);
    if (values == NULL) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        values[i] = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(seq, i));
        if (values[i] == -1 && PyErr_Occurred()) {
            PyMem_Free(values);
            Py_DECREF(seq);
            return -1;
        }
    }
    Py_DECREF(seq);
    *out = values;
    *length = n;
    return 0;
}

/* PhraseTrie(first_edge, edge_label, edge_child, terminal): node 0 is the root; the edges of node i
 * are first_edge[i] .. first_edge[i + 1] - 1. */
static int
trie_init(PhraseTrie *self, PyObject *args, PyObject *kwds)
{
    PyObject *first_edge, *edge_label, *edge_child, *terminal;
    if (!PyArg_ParseTuple(args, "OOOO:PhraseTrie", &first_edge, &edge_label, &edge_child, &terminal))
        return -1;
    if (self->first_edge != NULL) {
        PyErr_SetString(PyExc_TypeError, "a PhraseTrie is built once");
        return -1;
    }
    Py_ssize_t firsts, labels, children, terminals;
    Py_ssize_t *label_values = NULL, *terminal_values = NULL;
    if (read_ssize_list(first_edge, &self->first_edge, &firsts, "first_edge must be a list") < 0 ||
        read_ssize_list(edge_label, &label_values, &labels, "edge_label must be a list") < 0 ||
        read_ssize_list(edge_child, &self->edge_child, &children, "edge_child must be a list") < 0 ||
        read_ssize_list(terminal, &terminal_values, &terminals, "terminal must be a list") < 0) {
        PyMem_Free(label_values);
        PyMem_Free(terminal_values);
        return -1;
    }
    self->node_count = terminals;
    if (firsts != terminals + 1 || labels != children || terminals < 1 ||
        self->first_edge[terminals] != labels) {
        PyMem_Free(label_values);
        PyMem_Free(terminal_values);
        PyErr_SetString(PyExc_ValueError, "inconsistent trie arrays");
        return -1;
    }
    for (Py_ssize_t i = 0; i < children; i++) {
        if (self->edge_child[i] <= 0 || self->edge_child[i] >= terminals) {
            PyMem_Free(label_values);
            PyMem_Free(terminal_values);
            PyErr_SetString(PyExc_ValueError, "edge to a node that does not exist");
            return -1;
        }
    }
    self->edge_label = PyMem_New(long, labels > 0 ? labels : 1);
    self->terminal = PyMem_New(char, terminals);
    if (self->edge_label == NULL || self->terminal == NULL) {
        PyMem_Free(label_values);
        PyMem_Free(terminal_values);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < labels; i++)
        self->edge_label[i] = (long)label_values[i];
    for (Py_ssize_t i = 0; i < terminals; i++)
        self->terminal[i] = terminal_values[i] != 0;
    PyMem_Free(label_values);
    PyMem_Free(terminal_values);
    for (int c = 0; c < 128; c++)
        self->root_ascii[c] = -1;
    for (Py_ssize_t e = self->first_edge[0]; e < self->first_edge[1]; e++) {
        long label = self->edge_label[e];
        if (label >= 0 && label < 128)
            self->root_ascii[label] = self->edge_child[e];
    }
    return 0;
}

static inline int
is_word(Py_UCS4 c)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return Py_UNICODE_ISALNUM(c);
}

static inline int
is_space(Py_UCS4 c)
{
    return Py_UNICODE_ISSPACE(c);
}

/* The end of the longest phrase starting at `start`, or -1. */
static Py_ssize_t
walk(PhraseTrie *self, int kind, const void *data, Py_ssize_t length, Py_ssize_t start)
{
    Py_ssize_t node = 0, at = start, best = -1;
    for (;;) {
        if (self->terminal[node] && (at == length || !is_word(PyUnicode_READ(kind, data, at))))
            best = at;
        if (at == length)
            break;
        Py_UCS4 c = PyUnicode_READ(kind, data, at);
        Py_ssize_t child = -1, next = at + 1;
        if (node == 0 && c < 128) {
            child = self->root_ascii[c];
        }
        else {
            for (Py_ssize_t e = self->first_edge[node]; e < self->first_edge[node + 1]; e++) {
                long label = self->edge_label[e];
                if (label >= 0) {
                    if ((Py_UCS4)label == c) {
                        child = self->edge_child[e];
                        break;
                    }
                }
                else if (label == EDGE_SPACE) {
                    if (is_space(c)) {
                        while (next < length && is_space(PyUnicode_READ(kind, data, next)))
                            next++;
                        child = self->edge_child[e];
                        break;
                    }
                }
                else if (label == EDGE_QUOTE) {
                    if (c == '\'' || c == 0x2019) {
                        child = self->edge_child[e];
                        break;
                    }
                }
                else if (label == EDGE_DASH) {
                    if (c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2013) {
                        child = self->edge_child[e];
                        break;
                    }
                }
            }
        }
        if (child < 0)
            break;
        node = child;
        at = next;
    }
    return best;
}

static int
append_index(PyObject *list, Py_ssize_t value)
{
    PyObject *number = PyLong_FromSsize_t(value);
    if (number == NULL)
        return -1;
    int result = PyList_Append(list, number);
    Py_DECREF(number);
    return result;
}

/* spans(text) -> [start0, end0, start1, end1, ...]: where the phrases are, in order. */
static PyObject *
trie_spans(PhraseTrie *self, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "spans() takes a str");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    PyObject *spans = PyList_New(0);
    if (spans == NULL)
        return NULL;
    Py_ssize_t at = 0;
    int after_word = 0; /* whether the character before `at` is a word character */
    while (at < length) {
        Py_UCS4 c = PyUnicode_READ(kind, data, at);
        if (!after_word) {
            Py_ssize_t end = walk(self, kind, data, length, at);
            if (end > at) {
                if (append_index(spans, at) < 0 || append_index(spans, end) < 0) {
                    Py_DECREF(spans);
                    return NULL;
                }
                after_word = is_word(PyUnicode_READ(kind, data, end - 1));
                at = end;
                continue;
            }
        }
        after_word = is_word(c);
        at++;
    }
    return spans;
}

/* number_starts(text) -> [start, ...]: the word starts where a decimal digit or one of the trie's
 * phrases (followed by no word character) begins. The matcher runs its number regex only there: every
 * number it can match starts so (it needs no word character before, and a digit or a number word
 * first), so the regex finds what a search over the whole text finds, at a few places. */
static PyObject *
trie_number_starts(PhraseTrie *self, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "number_starts() takes a str");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    PyObject *starts = PyList_New(0);
    if (starts == NULL)
        return NULL;
    int after_word = 0;
    for (Py_ssize_t at = 0; at < length; at++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, at);
        if (!after_word && (Py_UNICODE_ISDECIMAL(c) || walk(self, kind, data, length, at) > at)) {
            if (append_index(starts, at) < 0) {
                Py_DECREF(starts);
                return NULL;
            }
        }
        after_word = is_word(c);
    }
    return starts;
}

static PyMethodDef trie_methods[] = {
    {"number_starts", (PyCFunction)trie_number_starts, METH_O,
     "number_starts(text) -> [start, ...]: word starts at a decimal digit or at one of the trie's phrases."},
    {"spans", (PyCFunction)trie_spans, METH_O,
     "spans(text) -> [start0, end0, start1, end1, ...]: the phrases found, as the matcher's regex finds them."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject PhraseTrieType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "bot.classify._phrase_scan.PhraseTrie",
    .tp_doc = "A character trie of phrases, searched as (?<!\\w)<phrases>(?!\\w) would be.",
    .tp_basicsize = sizeof(PhraseTrie),
    .tp_itemsize = 0,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)trie_init,
    .tp_dealloc = (destructor)trie_dealloc,
    .tp_methods = trie_methods,
};

static struct PyModuleDef phrase_scan_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "bot.classify._phrase_scan",
    .m_doc = "The matcher's phrase pass in C (see bot/classify/matcher.py).",
    .m_size = -1,
};

PyMODINIT_FUNC
PyInit__phrase_scan(void)
{
    if (PyType_Ready(&PhraseTrieType) < 0)
        return NULL;
    PyObject *module = PyModule_Create(&phrase_scan_module);
    if (module == NULL)
        return NULL;
    Py_INCREF(&PhraseTrieType);
    if (PyModule_AddObject(module, "PhraseTrie", (PyObject *)&PhraseTrieType) < 0) {
        Py_DECREF(&PhraseTrieType);
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
