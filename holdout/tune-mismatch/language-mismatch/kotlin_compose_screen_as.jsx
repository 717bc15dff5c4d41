package com.example.notes.ui

import androidx.compose.foundation.layout.*
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.*
import androidx.compose.runtime.*
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp

data class Note(val id: Long, val title: String, val body: String)

@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun NotesScreen(notes: List<Note>, onAdd: () -> Unit, onOpen: (Long) -> Unit) {
    Scaffold(
        topBar = { TopAppBar(title = { Text("Notes") }) },
        floatingActionButton = {
            FloatingActionButton(onClick = onAdd) { Text("+") }
        }
    ) { padding ->
        LazyColumn(modifier = Modifier.padding(padding).fillMaxSize()) {
            items(notes, key = { it.id }) { note ->
                ListItem(
                    headlineContent = { Text(note.title) },
                    supportingContent = { Text(note.body.take(80)) },
                    modifier = Modifier.clickable { onOpen(note.id) }
                )
                HorizontalDivider(modifier = Modifier.padding(horiz