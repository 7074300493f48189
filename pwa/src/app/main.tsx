import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '../ui/base.css'
import '../ui/shell.css'
import '../ui/form.css'
import { App } from './App'
import { bootstrapSession, revalidateSession } from './session'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

void bootstrapSession()
// Back online after starting from the cached sign-in: let the server confirm (or end) it.
window.addEventListener('online', () => void revalidateSession())
