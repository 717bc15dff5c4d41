// NotesViewModel.kt
package com.example.notes.ui

import androidx.lifecycle.ViewModel
import androidx.lifecycle.viewModelScope
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.launch

data class NotesUiState(
    val notes: List<Note> = emptyList(),
    val isLoading: Boolean = false,
    val error: String? = null,
)

class NotesViewModel(private val repo: NotesRepository) : ViewModel() {
    private val _state = MutableStateFlow(NotesUiState(isLoading = true))
    val state: StateFlow<NotesUiState> = _state.asStateFlow()

    init {
        refresh()
    }

    fun refresh() {
        viewModelScope.launch {
            _state.value = _state.value.copy(isLoading = true)
            runCatching { repo.loadAll() }
                .onSuccess { _state.value = NotesUiState(notes = it) }
                .onFailure { _state.value = NotesUiState(error = it.message) }
        }
    }

    fun delete(note: Note) = viewModelScope.launch {
        repo.delete(note.id)
        refresh()
    }
}
