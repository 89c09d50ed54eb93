import { LitElement, html, css } from 'lit';
import { localized, msg } from '@lit/localize';
import { consume, provide, createContext } from '@lit/context';
import { Task } from '@lit/task';
import { property, state, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
export { LitElement, html, css, localized, msg, consume, provide, createContext, Task, property, state, query, repeat };
