import { createSlice, createAsyncThunk, nanoid } from '@reduxjs/toolkit';
import { api } from '../../api/client';

export const fetchTodos = createAsyncThunk('todos/fetchAll', async () => {
  const { data } = await api.get('/todos');
  return data;
});

const todosSlice = createSlice({
  name: 'todos',
  initialState: {
    entities: {},
    ids: [],
    filter: 'all',
    status: 'idle',
  },
  reducers: {
    todoAdded: {
      reducer(state, action) {
        const todo = action.payload;
        state.entities[todo.id] = todo;
        state.ids.push(todo.id);
      },
      prepare(text) {
        return { payload: { id: nanoid(), text, completed: false } };
      },
    },
    <rest of reducers>
  },
  extraReducers: (builder) => {
    builder
      .addCase(fetchTodos.pending, (state) => {
        state.status = 'loading';
      })
      .addCase(fetchTodos.fulfilled, (state, action) => {
        state.status = 'idle';
        action.payload.forEach((todo) => {
          state.entities[todo.id] = todo;
          if (!state.ids.includes(todo.id)) state.ids.push(todo.id);
        });
      });
  },
});

export const { todoAdded, todoToggled, todoDeleted, filterChanged } = todosSlice.actions;
export default todosSlice.reducer;
