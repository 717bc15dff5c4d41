import { Header } from './components/Header';
import { Sidebar } from './components/Sidebar';
import { Outlet } from 'react-router-dom';
import { useAuth } from './hooks/useAuth';

export default function App() {
  const { user } = useAuth();

  return (
    <div className="app">
      <Header user={user} />
      <div className="layout">
        <Sidebar />
